//! Passwords for portal users' PKCS#12 files: random, read aloud easily.
//!
//! Twenty characters from the OS random generator, out of an alphabet of
//! lower-case letters and digits without those read alike (0 and o, 1, i
//! and l), in groups of four: about 99 bits.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use zeroize::Zeroizing;

/// The characters a password is made of.
pub const ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
const LENGTH: usize = 20;
const GROUP: usize = 4;

/// A new password such as `k7vm-q2xe-...`, wiped when dropped.
pub fn generate() -> Zeroizing<String> {
    let mut out = Zeroizing::new(String::with_capacity(LENGTH + LENGTH / GROUP));
    let mut count = 0;
    // Bytes at or above the largest multiple of the alphabet's length are
    // thrown away, so every character is equally likely.
    let limit = (256 / ALPHABET.len() * ALPHABET.len()) as u32;
    while count < LENGTH {
        let mut byte = [0u8; 1];
        OsRng.fill_bytes(&mut byte);
        if u32::from(byte[0]) >= limit {
            continue;
        }
        if count > 0 && count % GROUP == 0 {
            out.push('-');
        }
        out.push(ALPHABET[usize::from(byte[0]) % ALPHABET.len()] as char);
        count += 1;
    }
    out
}

/// Bits of randomness in a password.
pub fn entropy_bits() -> f64 {
    LENGTH as f64 * (ALPHABET.len() as f64).log2()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_grouped_random_and_free_of_look_alikes() {
        let one = generate();
        let two = generate();
        assert_ne!(*one, *two);
        let groups: Vec<&str> = one.split('-').collect();
        assert_eq!(groups.len(), LENGTH / GROUP, "{}", *one);
        assert!(groups.iter().all(|g| g.len() == GROUP));
        assert!(one.bytes().all(|b| b == b'-' || ALPHABET.contains(&b)));
        for look_alike in ['0', 'o', '1', 'l', 'i', 'O', 'I'] {
            assert!(!ALPHABET.contains(&(look_alike as u8)), "{look_alike}");
        }
        assert!(entropy_bits() >= 80.0);
    }
}
