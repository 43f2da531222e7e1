//! Hash maps and sets keyed by short strings, with FxHash: std's SipHash
//! resists attacks this data cannot mount, and took a good part of building
//! a catalog of thousands of roles.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(byte)).wrapping_mul(0x517c_c1b7_2722_0a95);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_again() {
        let mut map: FastMap<String, usize> = FastMap::default();
        for (i, word) in ["a", "ab", "ba", "", "é"].iter().enumerate() {
            map.insert(word.to_string(), i);
        }
        assert_eq!(map.len(), 5);
        assert_eq!((map["ab"], map["ba"], map["é"]), (1, 2, 4));
    }
}
