//! Stream filters the signer needs to read cross-reference and object
//! streams: FlateDecode (through `flate2`) and the PNG predictors that
//! cross-reference streams use (§7.4.4.4).

use super::lexer::{Dict, Object};
use super::PdfError;
use std::io::Read;

/// The decoded data of a stream with dictionary `dict`, at most `limit` bytes.
pub fn decode(dict: &Dict, raw: Vec<u8>, limit: usize) -> Result<Vec<u8>, PdfError> {
    let filters: Vec<&Object> = match dict.get(b"Filter") {
        None => Vec::new(),
        Some(Object::Array(items)) => items.iter().collect(),
        Some(one) => vec![one],
    };
    let parms: Vec<Option<&Dict>> = match dict.get(b"DecodeParms") {
        Some(Object::Array(items)) => items
            .iter()
            .map(|p| match p {
                Object::Dict(d) => Some(d),
                _ => None,
            })
            .collect(),
        Some(Object::Dict(d)) => vec![Some(d)],
        _ => Vec::new(),
    };
    let mut data = raw;
    for (i, filter) in filters.iter().enumerate() {
        match filter {
            Object::Name(name) if name == b"FlateDecode" || name == b"Fl" => {
                data = inflate(&data, limit)?;
                if let Some(p) = parms.get(i).copied().flatten() {
                    data = unpredict(p, data)?;
                }
            }
            _ => {
                return Err(PdfError::Malformed(
                    "a cross-reference or object stream uses a filter other than FlateDecode"
                        .into(),
                ))
            }
        }
    }
    Ok(data)
}

fn inflate(data: &[u8], limit: usize) -> Result<Vec<u8>, PdfError> {
    let mut out = Vec::new();
    let mut decoder = flate2::read::ZlibDecoder::new(data).take(limit as u64 + 1);
    decoder
        .read_to_end(&mut out)
        .map_err(|e| PdfError::Malformed(format!("a compressed stream is damaged: {e}")))?;
    if out.len() > limit {
        return Err(PdfError::Malformed(
            "a compressed stream is too large".into(),
        ));
    }
    Ok(out)
}

/// Undoes a PNG predictor (10-15); predictor 1 means none.
fn unpredict(parms: &Dict, data: Vec<u8>) -> Result<Vec<u8>, PdfError> {
    let predictor = parms.int(b"Predictor").unwrap_or(1);
    if predictor == 1 {
        return Ok(data);
    }
    if !(10..=15).contains(&predictor) {
        return Err(PdfError::Malformed(format!(
            "unsupported stream predictor {predictor}"
        )));
    }
    let param = |key: &[u8], default: i64| -> Result<usize, PdfError> {
        let value = parms.int(key).unwrap_or(default);
        usize::try_from(value)
            .ok()
            .filter(|v| (1..=1 << 16).contains(v))
            .ok_or_else(|| PdfError::Malformed("bad predictor parameters".into()))
    };
    let colors = param(b"Colors", 1)?;
    let bits = param(b"BitsPerComponent", 8)?;
    let columns = param(b"Columns", 1)?;
    let bytes_per_pixel = (colors * bits).div_ceil(8).max(1);
    let row_len = (colors * bits * columns).div_ceil(8);
    // Rows longer than the data are nonsense; refusing them also keeps a
    // hostile /Columns from asking for a huge buffer.
    if row_len > data.len() {
        return Err(PdfError::Malformed("bad predictor parameters".into()));
    }
    let mut out = Vec::with_capacity(data.len());
    let mut previous = vec![0u8; row_len];
    for chunk in data.chunks(row_len + 1) {
        let Some((&kind, row)) = chunk.split_first() else {
            break;
        };
        let mut current = row.to_vec();
        current.resize(row_len, 0);
        for i in 0..row_len {
            let left = if i >= bytes_per_pixel {
                current[i - bytes_per_pixel]
            } else {
                0
            };
            let up = previous[i];
            let up_left = if i >= bytes_per_pixel {
                previous[i - bytes_per_pixel]
            } else {
                0
            };
            let add = match kind {
                0 => 0,
                1 => left,
                2 => up,
                3 => ((u16::from(left) + u16::from(up)) / 2) as u8,
                4 => paeth(left, up, up_left),
                _ => return Err(PdfError::Malformed("bad PNG predictor row".into())),
            };
            current[i] = current[i].wrapping_add(add);
        }
        out.extend_from_slice(&current[..row.len().min(row_len)]);
        previous = current;
    }
    Ok(out)
}

fn paeth(a: u8, b: u8, c: u8) -> u8 {
    let p = i16::from(a) + i16::from(b) - i16::from(c);
    let (pa, pb, pc) = (
        (p - i16::from(a)).abs(),
        (p - i16::from(b)).abs(),
        (p - i16::from(c)).abs(),
    );
    if pa <= pb && pa <= pc {
        a
    } else if pb <= pc {
        b
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn inflates_and_undoes_the_up_predictor() {
        // Two rows of 3 columns, "Up" filtered: the second adds to the first.
        let raw = [2u8, 1, 2, 3, 2, 1, 1, 1];
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(&raw).unwrap();
        let compressed = encoder.finish().unwrap();
        let dict = Dict(vec![
            (b"Filter".to_vec(), Object::Name(b"FlateDecode".to_vec())),
            (
                b"DecodeParms".to_vec(),
                Object::Dict(Dict(vec![
                    (b"Predictor".to_vec(), Object::Integer(12)),
                    (b"Columns".to_vec(), Object::Integer(3)),
                ])),
            ),
        ]);
        assert_eq!(
            decode(&dict, compressed.clone(), 1024).unwrap(),
            vec![1, 2, 3, 2, 3, 4]
        );
        assert!(decode(&dict, compressed, 2).is_err(), "limit holds");
        assert!(decode(&dict, b"not zlib".to_vec(), 1024).is_err());
    }
}
