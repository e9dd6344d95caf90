//! The signed byte ranges: the original copied and hashed in one pass,
//! then the update's bytes around the `/Contents` hole; the CMS written
//! into the hole as hex.

use super::super::digest::Hasher;
use crate::{Error, Result};
use std::io::{Read, Write};
use std::ops::Range;

/// Copies `from` to `to` in 1 MiB pieces, hashing each; the bytes copied.
pub fn copy_hashing(
    mut from: impl Read,
    to: &mut impl Write,
    hasher: &mut Hasher,
) -> std::io::Result<u64> {
    let mut buffer = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let read = match from.read(&mut buffer) {
            Ok(0) => return Ok(total),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let piece = buffer.get(..read).unwrap_or_default();
        hasher.update(piece);
        to.write_all(piece)?;
        total += read as u64;
    }
}

/// Writes `cms` as hex into `hole` (`<` to `>` of `bytes`), zero-padded.
pub fn fill_hole(bytes: &mut [u8], hole: Range<usize>, cms: &[u8]) -> Result<()> {
    let inner = bytes
        .get_mut(hole.start + 1..hole.end.saturating_sub(1))
        .ok_or_else(|| {
            Error::Key(crate::KeyError::SigningFailed {
                detail: "signature placeholder".into(),
            })
        })?;
    let hex = hex::encode_upper(cms);
    let slot = inner.get_mut(..hex.len()).ok_or_else(|| {
        Error::Key(crate::KeyError::SigningFailed {
            detail: format!(
                "the signature ({} bytes) does not fit its place in the PDF",
                cms.len()
            ),
        })
    })?;
    slot.copy_from_slice(hex.as_bytes());
    Ok(())
}

/// Appends the update and makes the file durable.
pub fn append(file: &mut std::fs::File, bytes: &[u8]) -> std::io::Result<()> {
    file.write_all(bytes)?;
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hole_takes_hex_and_refuses_what_does_not_fit() {
        let mut bytes = b"x<0000000000>y".to_vec();
        fill_hole(&mut bytes, 1..13, &[0xAB, 0x01]).unwrap();
        assert_eq!(&bytes, b"x<AB01000000>y");
        let err = fill_hole(&mut bytes, 1..13, &[0; 6]).unwrap_err();
        assert_eq!(err.code(), "key.signing-failed");
    }
}
