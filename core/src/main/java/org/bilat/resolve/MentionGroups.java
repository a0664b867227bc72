package org.bilat.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Union-find over the mentions of one document. */
final class MentionGroups {
    private final int[] parent;

    MentionGroups(int size) {
        parent = new int[size];
        for (int i = 0; i < size; i++) {
            parent[i] = i;
        }
    }

    int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    void union(int a, int b) {
        int ra = root(a);
        int rb = root(b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** Unites every pair of members that share a key. */
    void unionByKey(List<String> keys) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key.isEmpty()) {
                continue;
            }
            Integer seen = first.putIfAbsent(key, i);
            if (seen != null) {
                union(seen, i);
            }
        }
    }

    /** Member indexes per group, groups in order of their first member. */
    List<List<Integer>> groups() {
        Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < parent.length; i++) {
            byRoot.computeIfAbsent(root(i), r -> new ArrayList<>()).add(i);
        }
        return new ArrayList<>(byRoot.values());
    }
}
