#!/bin/sh
# Regenerates test/conformance/golden/*.json: what java.util.Properties.load(InputStream) makes of
# each file in test/conformance/cases/ (ISO-8859-1, as Kafka's Utils.loadProps and ZooKeeper's
# QuorumPeerConfig.parse read their files). Needs a JDK (javac and java 11 or later); the tests
# do not: they read the committed golden files.
#
# The golden files were made with OpenJDK 17.0.15 by running, from the repository root:
#
#   sh test/conformance/generate-golden.sh
#
# which runs exactly:
#
#   javac -d "$tmp" test/conformance/java/DumpProperties.java
#   java -cp "$tmp" DumpProperties test/conformance/golden test/conformance/cases/*.properties
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
javac -d "$tmp" "$here/java/DumpProperties.java"
rm -f "$here"/golden/*.json
java -cp "$tmp" DumpProperties "$here/golden" "$here"/cases/*.properties
