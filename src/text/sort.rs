//! One small stable sort for every caller (a size measure).
//!
//! `slice::sort_by*` instantiates std's driftsort (stable quicksort, drift merge, small-sort
//! networks) once per element type and comparator: 3–5 KB of wasm each, 21 KB for the five sorts the
//! crate had (BENCHMARKS.md, "Size"). Here the merge sort runs on indices through one `dyn`
//! comparator, so it is compiled once; each caller adds only its comparator and a permutation.

use crate::prelude::*;

/// The stable order of `n` items under `less`: a bottom-up merge sort of their indices; `None` when
/// they are in order already (the common case: lists built in text order), and a stable sort leaves
/// them as they are.
fn stable_order(n: usize, less: &dyn Fn(usize, usize) -> bool) -> Option<Vec<usize>> {
    if (1..n).all(|i| !less(i, i - 1)) {
        return None;
    }
    let mut a: Vec<usize> = (0..n).collect();
    let mut b = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut l, mut r) = (start, mid);
            for slot in &mut b[start..end] {
                // Take from the right run only when it is strictly less: equal items keep their order.
                if l < mid && (r >= end || !less(a[r], a[l])) {
                    *slot = a[l];
                    l += 1;
                } else {
                    *slot = a[r];
                    r += 1;
                }
            }
            start = end;
        }
        core::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    Some(a)
}

/// Puts the items of `v` in `order` (a permutation of its indices: item `order[k]` goes to `k`), in
/// place: each cycle of the permutation is followed once with swaps (linear, and less code per item
/// type than moving the items out and back).
fn permute<T>(v: &mut [T], order: &[usize]) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        let mut k = start;
        while !done[k] {
            done[k] = true;
            let j = order[k];
            if j == start {
                break;
            }
            v.swap(k, j);
            k = j;
        }
    }
}

/// Stable sort by a comparator (`less(a, b)`: `a` goes strictly before `b`).
pub fn sort_by<T>(v: &mut Vec<T>, less: impl Fn(&T, &T) -> bool) {
    if let Some(order) = stable_order(v.len(), &|a, b| less(&v[a], &v[b])) {
        permute(v, &order);
    }
}

/// Stable sort by a key, computed once per item.
pub fn sort_by_key<T, K: Ord>(v: &mut Vec<T>, key: impl Fn(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let mut keys: Vec<K> = Vec::with_capacity(v.len());
    for x in v.iter() {
        keys.push(key(x));
    }
    if let Some(order) = stable_order(v.len(), &|a, b| keys[a] < keys[b]) {
        permute(v, &order);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_like_std() {
        let mut seed = 12345u32;
        for n in [0usize, 1, 2, 3, 7, 8, 9, 31, 100, 257] {
            let mut sorted: Vec<(u32, usize)> = (0..n).map(|i| (i as u32 / 3, n - i)).collect();
            let expected = sorted.clone();
            sort_by_key(&mut sorted, |x| x.0);
            assert_eq!(sorted, expected, "n = {n}, already in order, ties kept");
            let v: Vec<(u32, usize)> = (0..n)
                .map(|i| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                    ((seed >> 16) % 7, i)
                })
                .collect();
            let mut ours = v.clone();
            sort_by_key(&mut ours, |x| x.0);
            let mut std_sorted = v.clone();
            std_sorted.sort_by_key(|x| x.0);
            assert_eq!(ours, std_sorted, "n = {n}");
            let mut by = v.clone();
            sort_by(&mut by, |a, b| a.0 > b.0);
            std_sorted.sort_by(|a, b| b.0.cmp(&a.0));
            assert_eq!(by, std_sorted, "n = {n}, descending");
        }
    }
}
