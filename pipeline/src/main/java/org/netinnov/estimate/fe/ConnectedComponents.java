package org.netinnov.estimate.fe;

/**
 * Connected components of the bipartite graph whose nodes are the levels of two factors and whose edges are the
 * observations. With two sets of fixed effects, {@code L1 + L2 − components} effects are identified (Abowd, Kramarz
 * and Margolis 1999; the redundancy count reghdfe and fixest use).
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  static int count(Grouping a, Grouping b) {
    int n = a.codes.length;
    int[] parent = new int[a.levels + b.levels];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    boolean[] used = new boolean[parent.length];
    for (int i = 0; i < n; i++) {
      int u = a.codes[i], v = a.levels + b.codes[i];
      used[u] = true;
      used[v] = true;
      int ru = find(parent, u), rv = find(parent, v);
      if (ru != rv) parent[ru] = rv;
    }
    int comps = 0;
    for (int i = 0; i < parent.length; i++) if (used[i] && find(parent, i) == i) comps++;
    return comps;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
