//! The incremental update (§7.5.6) that adds a signature: the signature
//! dictionary with its `/ByteRange` and `/Contents` placeholders, an
//! invisible signature field on the first page, the form and the page's
//! annotations extended (rewriting whichever object holds each), and a
//! cross-reference section of the kind the file already ends with.

use super::lexer::{encode_text_string, text_string, Dict, Object};
use super::reader::PdfReader;
use super::PdfError;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::ops::Range;

/// Page tree levels followed before the tree is deemed a loop.
const MAX_PAGE_TREE_DEPTH: usize = 64;
/// Room for `0 START LENGTH LENGTH` in `/ByteRange [...]`.
const BYTE_RANGE_WIDTH: usize = 64;

/// What the signature dictionary says besides the signature itself.
#[derive(Debug, Clone)]
pub struct SignatureInfo {
    /// `/Name`: who signs.
    pub name: Option<String>,
    /// `/Reason`.
    pub reason: Option<String>,
    /// `/M`: when.
    pub time: DateTime<Utc>,
}

/// The bytes appended to the original file.
#[derive(Debug)]
pub struct Update {
    /// The update; `/ByteRange` filled in, `/Contents` all zeros.
    pub bytes: Vec<u8>,
    /// The `/Contents` hex string, `<` to `>` inclusive, within `bytes`.
    pub hole: Range<usize>,
    /// The field's name, such as `Signature1`.
    pub field_name: String,
}

/// Where the form dictionary lives.
enum FormHome {
    InCatalog,
    Object(u32, u16),
    New(u32),
}

/// Builds the update for the file `reader` reads, whose last byte is
/// `last_byte`, with room for a CMS of `contents_len` bytes.
pub fn build(
    reader: &mut PdfReader,
    last_byte: Option<u8>,
    info: &SignatureInfo,
    contents_len: usize,
) -> Result<Update, PdfError> {
    let trailer = reader.xref().trailer.clone();
    if trailer.get(b"Encrypt").is_some() {
        return Err(PdfError::Encrypted);
    }
    let Some(&Object::Ref(root_num, root_gen)) = trailer.get(b"Root") else {
        return Err(PdfError::Malformed("the trailer has no /Root".into()));
    };
    // New objects are numbered from /Size, or past the highest number
    // the cross-references name if a careless writer left /Size too small.
    let highest = reader.xref().highest().map_or(0, |n| n.saturating_add(1));
    let size = trailer
        .int(b"Size")
        .and_then(|s| u32::try_from(s).ok())
        .map(|s| s.max(highest))
        .filter(|s| *s > 0 && *s < u32::MAX - 4)
        .ok_or_else(|| PdfError::Malformed("the trailer has no valid /Size".into()))?;
    let mut catalog = reader.dict(&Object::Ref(root_num, root_gen), "the catalog")?;
    if certification_permission(reader, &catalog)? == Some(1) {
        return Err(PdfError::NoChangesAllowed);
    }
    let (page_num, page_gen, mut page) = first_page(reader, &catalog)?;

    let mut next = size;
    let mut allocate = || {
        let num = next;
        next += 1;
        num
    };
    let sig_num = allocate();
    let widget_num = allocate();
    let widget_ref = Object::Ref(widget_num, 0);
    let mut changed: BTreeMap<u32, (u16, Object)> = BTreeMap::new();

    // The form: extend /Fields wherever it lives; /SigFlags 3 (signatures
    // exist, append only).
    let (mut form, home) = match catalog.get(b"AcroForm").cloned() {
        None => (Dict::default(), FormHome::New(allocate())),
        Some(Object::Ref(num, generation)) => match reader.object(num)? {
            Object::Dict(d) => (d, FormHome::Object(num, generation)),
            Object::Null => (Dict::default(), FormHome::New(allocate())),
            _ => return Err(PdfError::Malformed("/AcroForm is not a dictionary".into())),
        },
        Some(Object::Dict(d)) => (d, FormHome::InCatalog),
        Some(_) => return Err(PdfError::Malformed("/AcroForm is not a dictionary".into())),
    };
    let field_name = match form.get(b"Fields").cloned() {
        Some(Object::Ref(num, generation)) => {
            let mut fields = match reader.object(num)? {
                Object::Array(a) => a,
                _ => return Err(PdfError::Malformed("/Fields is not an array".into())),
            };
            let name = unused_name(reader, &fields)?;
            fields.push(widget_ref.clone());
            changed.insert(num, (generation, Object::Array(fields)));
            name
        }
        Some(Object::Array(mut fields)) => {
            let name = unused_name(reader, &fields)?;
            fields.push(widget_ref.clone());
            form.set(b"Fields", Object::Array(fields));
            name
        }
        _ => {
            form.set(b"Fields", Object::Array(vec![widget_ref.clone()]));
            "Signature1".to_string()
        }
    };
    let flags = match form.get(b"SigFlags") {
        Some(Object::Integer(f)) => *f | 3,
        _ => 3,
    };
    form.set(b"SigFlags", Object::Integer(flags));
    match home {
        FormHome::InCatalog => {
            catalog.set(b"AcroForm", Object::Dict(form));
            changed.insert(root_num, (root_gen, Object::Dict(catalog)));
        }
        FormHome::Object(num, generation) => {
            changed.insert(num, (generation, Object::Dict(form)));
        }
        FormHome::New(num) => {
            changed.insert(num, (0, Object::Dict(form)));
            catalog.set(b"AcroForm", Object::Ref(num, 0));
            changed.insert(root_num, (root_gen, Object::Dict(catalog)));
        }
    }

    // The first page's annotations.
    match page.get(b"Annots").cloned() {
        Some(Object::Ref(num, generation)) => {
            let current = match changed.get(&num) {
                Some((_, object)) => object.clone(),
                None => reader.object(num)?,
            };
            let mut annots = match current {
                Object::Array(a) => a,
                Object::Null => Vec::new(),
                _ => return Err(PdfError::Malformed("/Annots is not an array".into())),
            };
            annots.push(widget_ref.clone());
            changed.insert(num, (generation, Object::Array(annots)));
        }
        Some(Object::Array(mut annots)) => {
            annots.push(widget_ref.clone());
            page.set(b"Annots", Object::Array(annots));
            changed.insert(page_num, (page_gen, Object::Dict(page)));
        }
        None => {
            page.set(b"Annots", Object::Array(vec![widget_ref.clone()]));
            changed.insert(page_num, (page_gen, Object::Dict(page)));
        }
        Some(_) => return Err(PdfError::Malformed("/Annots is not an array".into())),
    }

    let widget = Dict(vec![
        (b"Type".to_vec(), name(b"Annot")),
        (b"Subtype".to_vec(), name(b"Widget")),
        (b"FT".to_vec(), name(b"Sig")),
        (b"Rect".to_vec(), Object::Array(vec![Object::Integer(0); 4])),
        // Print + Locked: an invisible field nobody moves.
        (b"F".to_vec(), Object::Integer(132)),
        (b"P".to_vec(), Object::Ref(page_num, page_gen)),
        (b"T".to_vec(), encode_text_string(&field_name)),
        (b"V".to_vec(), Object::Ref(sig_num, 0)),
    ]);

    let base = reader.file_len();
    let mut out = Vec::new();
    if !matches!(last_byte, Some(b'\n') | Some(b'\r')) {
        out.push(b'\n');
    }
    let mut offsets: BTreeMap<u32, (u64, u16)> = BTreeMap::new();

    // The signature dictionary, by hand: its placeholders' positions matter.
    offsets.insert(sig_num, (base + out.len() as u64, 0));
    out.extend_from_slice(format!("{sig_num} 0 obj\n").as_bytes());
    out.extend_from_slice(
        b"<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached /ByteRange [",
    );
    let byte_range_at = out.len();
    out.extend_from_slice(&[b' '; BYTE_RANGE_WIDTH]);
    out.extend_from_slice(b"] /Contents ");
    let hole_start = out.len();
    out.push(b'<');
    out.resize(out.len() + contents_len * 2, b'0');
    out.push(b'>');
    let hole_end = out.len();
    out.extend_from_slice(
        format!(" /M ({})", info.time.format("D:%Y%m%d%H%M%S+00'00'")).as_bytes(),
    );
    for (key, value) in [(&b"Name"[..], &info.name), (b"Reason", &info.reason)] {
        if let Some(text) = value {
            out.push(b' ');
            out.push(b'/');
            out.extend_from_slice(key);
            out.push(b' ');
            encode_text_string(text).write(&mut out);
        }
    }
    out.extend_from_slice(b">>\nendobj\n");

    let mut write_object = |out: &mut Vec<u8>, num: u32, generation: u16, object: &Object| {
        offsets.insert(num, (base + out.len() as u64, generation));
        out.extend_from_slice(format!("{num} {generation} obj\n").as_bytes());
        object.write(out);
        out.extend_from_slice(b"\nendobj\n");
    };
    write_object(&mut out, widget_num, 0, &Object::Dict(widget));
    for (num, (generation, object)) in &changed {
        write_object(&mut out, *num, *generation, object);
    }

    let mut tail = Dict::default();
    for key in [&b"Root"[..], b"Info", b"ID"] {
        if let Some(value) = trailer.get(key) {
            tail.set(key, value.clone());
        }
    }
    tail.set(b"Prev", Object::Integer(reader.xref().start as i64));
    if reader.xref().newest_is_stream {
        let xref_num = allocate();
        let xref_offset = base + out.len() as u64;
        offsets.insert(xref_num, (xref_offset, 0));
        write_xref_stream(&mut out, xref_num, next, &offsets, tail);
        out.extend_from_slice(format!("startxref\n{xref_offset}\n%%EOF\n").as_bytes());
    } else {
        let xref_offset = base + out.len() as u64;
        write_xref_table(&mut out, &offsets);
        tail.set(b"Size", Object::Integer(i64::from(next)));
        out.extend_from_slice(b"trailer\n");
        Object::Dict(tail).write(&mut out);
        out.extend_from_slice(format!("\nstartxref\n{xref_offset}\n%%EOF\n").as_bytes());
    }

    // Now that the length is known, fill /ByteRange: everything but the hole.
    let total = base + out.len() as u64;
    let after = base + hole_end as u64;
    let ranges = format!("0 {} {} {}", base + hole_start as u64, after, total - after);
    let slot = out
        .get_mut(byte_range_at..byte_range_at + BYTE_RANGE_WIDTH)
        .ok_or_else(|| PdfError::Malformed("byte range".into()))?;
    slot.get_mut(..ranges.len())
        .ok_or_else(|| PdfError::Malformed("byte range too long".into()))?
        .copy_from_slice(ranges.as_bytes());

    Ok(Update {
        bytes: out,
        hole: hole_start..hole_end,
        field_name,
    })
}

fn name(n: &[u8]) -> Object {
    Object::Name(n.to_vec())
}

/// The DocMDP permission (`/P`, 1 to 3; §12.8.2.2) of a certification
/// signature, if the document carries one. P=1 forbids any change, a
/// further signature included, and signing would break the certification.
fn certification_permission(
    reader: &mut PdfReader,
    catalog: &Dict,
) -> Result<Option<i64>, PdfError> {
    let Some(perms) = catalog.get(b"Perms") else {
        return Ok(None);
    };
    let perms = reader.dict(perms, "/Perms")?;
    let Some(docmdp) = perms.get(b"DocMDP") else {
        return Ok(None);
    };
    let signature = reader.dict(docmdp, "the certification signature")?;
    let references = match signature.get(b"Reference") {
        Some(r) => reader.resolve(r)?,
        None => return Ok(Some(2)),
    };
    let Object::Array(references) = references else {
        return Ok(Some(2));
    };
    for reference in references {
        let Object::Dict(reference) = reader.resolve(&reference)? else {
            continue;
        };
        if !reference.has_name(b"TransformMethod", b"DocMDP") {
            continue;
        }
        let permission = match reference.get(b"TransformParams") {
            Some(params) => match reader.resolve(params)? {
                Object::Dict(params) => params.int(b"P").unwrap_or(2),
                _ => 2,
            },
            None => 2,
        };
        return Ok(Some(permission));
    }
    Ok(Some(2))
}

/// Follows the first kid of each page tree node down to a page.
fn first_page(reader: &mut PdfReader, catalog: &Dict) -> Result<(u32, u16, Dict), PdfError> {
    let mut node_ref = match catalog.get(b"Pages") {
        Some(&Object::Ref(num, generation)) => (num, generation),
        _ => return Err(PdfError::Malformed("the catalog has no /Pages".into())),
    };
    for _ in 0..MAX_PAGE_TREE_DEPTH {
        let node = reader.dict(&Object::Ref(node_ref.0, node_ref.1), "a page tree node")?;
        let kids = match node.get(b"Kids") {
            Some(kids) if !node.has_name(b"Type", b"Page") => reader.resolve(kids)?,
            _ => return Ok((node_ref.0, node_ref.1, node)),
        };
        node_ref = match kids {
            Object::Array(items) => match items.first() {
                Some(&Object::Ref(num, generation)) => (num, generation),
                _ => return Err(PdfError::Malformed("the document has no pages".into())),
            },
            _ => return Err(PdfError::Malformed("/Kids is not an array".into())),
        };
    }
    Err(PdfError::Malformed(
        "the page tree is too deep or loops".into(),
    ))
}

/// `SignatureN` with the smallest N no top-level field uses.
fn unused_name(reader: &mut PdfReader, fields: &[Object]) -> Result<String, PdfError> {
    let mut taken = Vec::new();
    for field in fields {
        if let Object::Dict(d) = reader.resolve(field)? {
            if let Some(Object::String(raw)) = d.get(b"T") {
                taken.push(text_string(raw));
            }
        }
    }
    Ok((1..)
        .map(|n| format!("Signature{n}"))
        .find(|candidate| !taken.contains(candidate))
        .unwrap_or_else(|| "Signature".into()))
}

/// Runs of consecutive object numbers: (first, count).
fn runs(offsets: &BTreeMap<u32, (u64, u16)>) -> Vec<(u32, u32)> {
    let mut runs: Vec<(u32, u32)> = Vec::new();
    for num in offsets.keys() {
        match runs.last_mut() {
            Some((first, count)) if u64::from(*first) + u64::from(*count) == u64::from(*num) => {
                *count += 1
            }
            _ => runs.push((*num, 1)),
        }
    }
    runs
}

/// The object numbers of a run, without overflow at the top of the range.
fn numbers(first: u32, count: u32) -> impl Iterator<Item = u32> {
    (0..count).filter_map(move |i| first.checked_add(i))
}

fn write_xref_table(out: &mut Vec<u8>, offsets: &BTreeMap<u32, (u64, u16)>) {
    out.extend_from_slice(b"xref\n");
    for (first, count) in runs(offsets) {
        out.extend_from_slice(format!("{first} {count}\n").as_bytes());
        for num in numbers(first, count) {
            if let Some((offset, generation)) = offsets.get(&num) {
                // Exactly 20 bytes per entry (§7.5.4).
                out.extend_from_slice(format!("{offset:010} {generation:05} n\r\n").as_bytes());
            }
        }
    }
}

fn write_xref_stream(
    out: &mut Vec<u8>,
    num: u32,
    size: u32,
    offsets: &BTreeMap<u32, (u64, u16)>,
    mut dict: Dict,
) {
    let wide = offsets.values().any(|(o, _)| *o > u64::from(u32::MAX));
    let offset_width = if wide { 8 } else { 4 };
    let mut data = Vec::new();
    let mut index = Vec::new();
    for (first, count) in runs(offsets) {
        index.push(Object::Integer(i64::from(first)));
        index.push(Object::Integer(i64::from(count)));
        for n in numbers(first, count) {
            if let Some((offset, generation)) = offsets.get(&n) {
                data.push(1);
                data.extend_from_slice(&offset.to_be_bytes()[8 - offset_width..]);
                data.extend_from_slice(&generation.to_be_bytes());
            }
        }
    }
    dict.set(b"Type", name(b"XRef"));
    dict.set(b"Size", Object::Integer(i64::from(size)));
    dict.set(
        b"W",
        Object::Array(vec![
            Object::Integer(1),
            Object::Integer(offset_width as i64),
            Object::Integer(2),
        ]),
    );
    dict.set(b"Index", Object::Array(index));
    dict.set(b"Length", Object::Integer(data.len() as i64));
    out.extend_from_slice(format!("{num} 0 obj\n").as_bytes());
    Object::Dict(dict).write(out);
    out.extend_from_slice(b"\nstream\n");
    out.extend_from_slice(&data);
    out.extend_from_slice(b"\nendstream\nendobj\n");
}
