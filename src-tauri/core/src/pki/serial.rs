//! Certificate serial numbers: 128 random bits, well above the 64 bits the
//! CA/Browser Forum asks for, so serials never repeat and cannot be guessed.

use crate::{Error, Result};
use aws_lc_rs::rand::{SecureRandom, SystemRandom};
use rcgen::SerialNumber;

/// A new random, positive serial number of 16 bytes.
pub fn random_serial() -> Result<SerialNumber> {
    let mut bytes = [0u8; 16];
    SystemRandom::new().fill(&mut bytes).map_err(|_| {
        Error::Pki(crate::PkiError::CertificateGeneration {
            detail: "the random generator failed".into(),
        })
    })?;
    // Clear the top bit so the DER INTEGER is positive, and set the next one
    // so the number keeps its full length (no leading zero byte is dropped).
    bytes[0] = (bytes[0] & 0x7f) | 0x40;
    Ok(SerialNumber::from_slice(&bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials_are_long_positive_and_distinct() {
        let a = random_serial().unwrap();
        let b = random_serial().unwrap();
        assert_ne!(a, b);
        assert_eq!(a.as_ref().len(), 16);
        assert!(a.as_ref()[0] < 0x80 && a.as_ref()[0] >= 0x40);
    }
}
