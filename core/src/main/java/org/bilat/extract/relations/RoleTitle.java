package org.bilat.extract.relations;

/**
 * The title of a post over tokens {@code first..last} (inclusive): "First Deputy Minister of Defence", "Ambassador to
 * Japan".
 */
record RoleTitle(int first, int last) {}
