//! What the revisions after a signature changed (difference analysis, as
//! pyHanko's `diff_analysis` does it): every object a later revision
//! rewrote is compared with its earlier version and explained by what
//! signing adds, or by what the first signature's DocMDP (or a FieldMDP)
//! permission allows. Whatever no rule explains is a [`Modification`].
//!
//! Signing may add signature dictionaries and document timestamps, new
//! signature fields with their widgets (the form's `/Fields` and a page's
//! `/Annots` only growing), fill an empty signature field, set
//! `/SigFlags`, add `/DSS` (with `/Extensions`) to the catalog and update
//! the document information (`/Info`) and XMP metadata, which no page shows.
//! Permission 2 adds filling in other fields (`/V`, `/AS`, appearances);
//! permission 3 annotations; permission 1 leaves only document timestamps
//! and validation data. Objects added but not referenced from anything
//! changed are ignored: nothing shows them.

use crate::sign::pdf::lexer::{string_bytes, Dict, Object};
use crate::sign::pdf::reader::PdfReader;
use crate::sign::pdf::PdfError;
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::io::{Read, Seek, SeekFrom};

/// Page tree and form nodes walked per revision before the walk stops.
const MAX_NODES: usize = 100_000;
/// Nesting followed in page trees, field trees and appearance dictionaries.
const MAX_DEPTH: usize = 32;
/// Modifications listed per signature; more are not more telling.
const MAX_LISTED: usize = 50;

/// What a change needs the signer to have allowed, least first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Level {
    /// Validation data (`/DSS`) and document timestamps: always allowed.
    Timestamp,
    /// Further signatures: allowed unless DocMDP permission 1 forbids.
    Signing,
    /// Filling in form fields: DocMDP (or FieldMDP) permission 2 or 3.
    FormFill,
    /// Adding or changing annotations: permission 3.
    Annotate,
}

impl Level {
    /// What a DocMDP/FieldMDP `/P` value allows; `None` (no such
    /// permission) allows signing only.
    pub fn allowed_by(permission: Option<i64>) -> Level {
        match permission {
            Some(1) => Level::Timestamp,
            Some(2) => Level::FormFill,
            Some(p) if p >= 3 => Level::Annotate,
            _ => Level::Signing,
        }
    }
}

/// What an object is in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ModifiedRole")]
pub enum Role {
    /// The document catalog.
    Catalog,
    /// A node of the page tree above the pages.
    PageTree,
    /// A page.
    Page,
    /// A page's content stream.
    PageContent,
    /// The interactive form (`/AcroForm`) or its `/Fields`.
    Form,
    /// A form field.
    FormField,
    /// An annotation or a page's annotation list.
    Annotation,
    /// A signature dictionary.
    Signature,
    /// A font.
    Font,
    /// Anything else.
    Object,
}

/// How an object changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
#[ts(export, rename = "ModificationChange")]
pub enum ChangeKind {
    /// Rewritten with other content.
    Changed,
    /// Deleted (its number freed).
    Deleted,
}

/// One change a later revision made that the signature does not allow.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[ts(export)]
pub struct Modification {
    /// The object's number.
    pub object: u32,
    /// What the object is.
    pub role: Role,
    /// The page (from 1) it is or belongs to, when known.
    pub page: Option<usize>,
    /// The dictionary entries that differ, for a dictionary changed.
    pub keys: Vec<String>,
    /// Changed or deleted.
    pub change: ChangeKind,
}

/// The changes of the revisions after `signed` (an index into the
/// cross-reference revisions) that `allowed` does not cover.
pub fn analyse(
    reader: &mut PdfReader,
    signed: usize,
    allowed: Level,
) -> Result<Vec<Modification>, PdfError> {
    let mut found = Vec::new();
    let count = reader.xref().revisions.len();
    for revision in signed.saturating_add(1)..count {
        let mut step = Step::new(reader, revision)?;
        for change in step.forbidden(allowed)? {
            if found.len() < MAX_LISTED {
                found.push(change);
            }
        }
    }
    Ok(found)
}

/// One revision against the one before it.
struct Step<'a> {
    reader: &'a mut PdfReader,
    old: usize,
    new: usize,
    old_root: Option<u32>,
    new_root: Option<u32>,
    old_catalog: Dict,
    new_catalog: Dict,
    pages: Option<PageMap>,
    appearances: Option<HashMap<u32, Level>>,
    dss: Option<HashSet<u32>>,
}

/// The pages of a revision: each page, content stream and annotation
/// list with the page it belongs to.
#[derive(Default)]
struct PageMap {
    pages: HashMap<u32, usize>,
    contents: HashMap<u32, usize>,
    annots: HashMap<u32, usize>,
    nodes: HashSet<u32>,
}

fn reference(object: Option<&Object>) -> Option<u32> {
    match object {
        Some(Object::Ref(num, _)) => Some(*num),
        _ => None,
    }
}

fn key_name(key: &[u8]) -> String {
    format!("/{}", String::from_utf8_lossy(key))
}

/// Whether two objects say the same, however written: a string literal
/// or in hex, `1` or `1.0`, keys in any order.
fn same(a: &Object, b: &Object) -> bool {
    match (a, b) {
        (Object::String(x), Object::String(y)) => x == y || string_bytes(x) == string_bytes(y),
        (Object::Integer(_) | Object::Real(_), Object::Integer(_) | Object::Real(_)) => {
            number(a) == number(b)
        }
        (Object::Array(x), Object::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same(p, q))
        }
        (Object::Dict(x), Object::Dict(y)) => changed_keys(x, y).is_empty(),
        _ => a == b,
    }
}

fn number(object: &Object) -> Option<f64> {
    match object {
        Object::Integer(i) => Some(*i as f64),
        Object::Real(raw) => std::str::from_utf8(raw).ok()?.parse().ok(),
        _ => None,
    }
}

/// What explains a change: the permission level it needs, or the keys no
/// rule explains.
type Verdict = Result<Level, Vec<Vec<u8>>>;

/// The start of a walk through the objects under `key` of `dict`: that
/// value, at depth 0, when there is one.
fn walk_from(dict: &Dict, key: &[u8]) -> Vec<(Object, usize)> {
    dict.get(key).cloned().into_iter().map(|o| (o, 0)).collect()
}

/// The level needed when every changed key was explained, else those keys.
fn verdict(level: Level, unexplained: Vec<Vec<u8>>) -> Verdict {
    if unexplained.is_empty() {
        Ok(level)
    } else {
        Err(unexplained)
    }
}

/// The keys whose values differ between two dictionaries.
fn changed_keys(old: &Dict, new: &Dict) -> Vec<Vec<u8>> {
    let mut keys: Vec<Vec<u8>> = Vec::new();
    for (key, _) in old.0.iter().chain(new.0.iter()) {
        let differs = match (old.get(key), new.get(key)) {
            (Some(a), Some(b)) => !same(a, b),
            (None, None) => false,
            _ => true,
        };
        if differs && !keys.contains(key) {
            keys.push(key.clone());
        }
    }
    keys
}

fn is_type(dict: &Dict, name: &[u8]) -> bool {
    dict.has_name(b"Type", name)
}

impl<'a> Step<'a> {
    fn new(reader: &'a mut PdfReader, revision: usize) -> Result<Self, PdfError> {
        let old = revision.saturating_sub(1);
        let old_root = root_as_of(reader, old);
        let new_root = root_as_of(reader, revision);
        let old_catalog = catalog(reader, old_root, old)?;
        let new_catalog = catalog(reader, new_root, revision)?;
        Ok(Step {
            reader,
            old,
            new: revision,
            old_root,
            new_root,
            old_catalog,
            new_catalog,
            pages: None,
            appearances: None,
            dss: None,
        })
    }

    /// Every change of this revision that `allowed` does not cover.
    fn forbidden(&mut self, allowed: Level) -> Result<Vec<Modification>, PdfError> {
        let mut out = Vec::new();
        if self.old_root != self.new_root {
            out.push(Modification {
                object: self.new_root.unwrap_or(0),
                role: Role::Catalog,
                page: None,
                keys: vec!["/Root".into()],
                change: ChangeKind::Changed,
            });
        }
        let objects = self
            .reader
            .xref()
            .revisions
            .get(self.new)
            .map(|r| r.objects.clone())
            .unwrap_or_default();
        for num in objects {
            let before = self.reader.xref().entry_as_of(num, self.old);
            let after = self.reader.xref().entry_as_of(num, self.new);
            if before == after || num == 0 {
                continue;
            }
            let old = self.reader.object_as_of(num, self.old)?;
            if old == Object::Null {
                // New (or reusing a free number): judged where referenced.
                continue;
            }
            let new = self.reader.object_as_of(num, self.new)?;
            if new == Object::Null {
                out.push(self.describe(num, &old, Vec::new(), ChangeKind::Deleted)?);
                continue;
            }
            if same(&old, &new) && self.same_stream_data(num)? {
                continue;
            }
            let all_keys = || match (&old, &new) {
                (Object::Dict(o), Object::Dict(n)) => changed_keys(o, n),
                _ => Vec::new(),
            };
            let keys = match self.classify(num, &old, &new)? {
                Ok(level) if level <= allowed => continue,
                Ok(_) => all_keys(),
                Err(keys) if keys.is_empty() => all_keys(),
                Err(keys) => keys,
            };
            out.push(self.describe(num, &old, keys, ChangeKind::Changed)?);
        }
        Ok(out)
    }

    /// Whether `num` is the document information dictionary (the
    /// trailer's `/Info`) or the catalog's XMP `/Metadata` stream, in either
    /// revision: descriptions of the document that readers do not show on
    /// its pages.
    fn is_metadata(&self, num: u32) -> bool {
        let xref = self.reader.xref();
        let info = [self.old, self.new]
            .iter()
            .filter_map(|r| xref.trailer_of(*r))
            .any(|t| reference(t.get(b"Info")) == Some(num));
        info || [&self.old_catalog, &self.new_catalog]
            .iter()
            .any(|c| reference(c.get(b"Metadata")) == Some(num))
    }

    /// What allows the change of object `num` from `old` to `new`, or the
    /// keys no rule explains.
    fn classify(&mut self, num: u32, old: &Object, new: &Object) -> Result<Verdict, PdfError> {
        let (Object::Dict(o), Object::Dict(n)) = (old, new) else {
            return self.classify_other(num, old, new);
        };
        // Cross-reference and object streams only hold what is judged
        // object by object.
        if (is_type(o, b"XRef") && is_type(n, b"XRef"))
            || (is_type(o, b"ObjStm") && is_type(n, b"ObjStm"))
        {
            return Ok(Ok(Level::Timestamp));
        }
        if Some(num) == self.old_root {
            return self.classify_catalog(o.clone(), n.clone());
        }
        // The document information (`/Info`: producer, dates) shows
        // nothing; signing tools update it.
        if self.is_metadata(num) {
            return Ok(Ok(Level::Timestamp));
        }
        if Some(num) == reference(self.old_catalog.get(b"AcroForm")) {
            return self.classify_form(o, n);
        }
        if self.dss_objects()?.contains(&num) {
            return Ok(Ok(Level::Timestamp));
        }
        if is_type(o, b"Page") {
            let keys = changed_keys(o, n);
            if keys.iter().any(|k| k != b"Annots") {
                return Ok(Err(keys));
            }
            let old_annots = self.array_as_of(o.get(b"Annots"), self.old)?;
            let new_annots = self.array_as_of(n.get(b"Annots"), self.new)?;
            return self.classify_annots(&old_annots, &new_annots, b"Annots");
        }
        if let Some(kind) = self.field_type(o, self.old)? {
            let keys = changed_keys(o, n);
            if kind == b"Sig" {
                // Filling an empty signature field.
                let allowed = keys.iter().all(|k| match k.as_slice() {
                    b"V" => o.get(b"V").is_none(),
                    b"AP" | b"AS" => true,
                    _ => false,
                });
                if !allowed {
                    return Ok(Err(keys));
                }
                let level = self.signature_level(n.get(b"V"))?;
                return Ok(Ok(level));
            }
            if keys
                .iter()
                .all(|k| matches!(k.as_slice(), b"V" | b"AS" | b"AP"))
            {
                return Ok(Ok(Level::FormFill));
            }
            return Ok(Err(keys));
        }
        if o.get(b"Subtype").is_some() && o.get(b"Rect").is_some() {
            return Ok(Ok(Level::Annotate));
        }
        self.classify_other(num, old, new)
    }

    /// Objects other than the dictionaries above: the form's field list,
    /// a page's annotation list, appearance streams.
    fn classify_other(
        &mut self,
        num: u32,
        old: &Object,
        new: &Object,
    ) -> Result<Verdict, PdfError> {
        if let (Object::Array(o), Object::Array(n)) = (old, new) {
            let form = self.reader.resolve_as_of(
                self.old_catalog.get(b"AcroForm").unwrap_or(&Object::Null),
                self.old,
            )?;
            if let Object::Dict(form) = form {
                if reference(form.get(b"Fields")) == Some(num) {
                    return self.classify_fields(o, n, b"Fields");
                }
            }
            if self.page_map()?.annots.contains_key(&num) {
                return self.classify_annots(o, n, b"Annots");
            }
        }
        if self.is_metadata(num) {
            return Ok(Ok(Level::Timestamp));
        }
        if let Some(level) = self.appearance_map()?.get(&num) {
            return Ok(Ok(*level));
        }
        if self.dss_objects()?.contains(&num) {
            return Ok(Ok(Level::Timestamp));
        }
        Ok(Err(Vec::new()))
    }

    fn classify_catalog(&mut self, old: Dict, new: Dict) -> Result<Verdict, PdfError> {
        let keys = changed_keys(&old, &new);
        let mut level = Level::Timestamp;
        let mut unexplained = Vec::new();
        for key in keys {
            match key.as_slice() {
                b"DSS" | b"Extensions" | b"Metadata" => {}
                b"AcroForm" => {
                    let before = self
                        .reader
                        .resolve_as_of(old.get(b"AcroForm").unwrap_or(&Object::Null), self.old)?;
                    let after = self
                        .reader
                        .resolve_as_of(new.get(b"AcroForm").unwrap_or(&Object::Null), self.new)?;
                    let before = match before {
                        Object::Dict(d) => d,
                        _ => Dict::default(),
                    };
                    let Object::Dict(after) = after else {
                        unexplained.push(key);
                        continue;
                    };
                    match self.classify_form(&before, &after)? {
                        Ok(l) => level = level.max(l),
                        Err(_) => unexplained.push(key),
                    }
                }
                _ => unexplained.push(key),
            }
        }
        Ok(verdict(level, unexplained))
    }

    /// The form dictionary: `/Fields` may only grow by signature fields,
    /// `/SigFlags` may change.
    fn classify_form(&mut self, old: &Dict, new: &Dict) -> Result<Verdict, PdfError> {
        let mut level = Level::Timestamp;
        let mut unexplained = Vec::new();
        for key in changed_keys(old, new) {
            match key.as_slice() {
                b"SigFlags" => level = level.max(Level::Timestamp),
                b"NeedAppearances" => level = level.max(Level::FormFill),
                b"Fields" => {
                    let before = self.array_as_of(old.get(b"Fields"), self.old)?;
                    let after = self.array_as_of(new.get(b"Fields"), self.new)?;
                    match self.classify_fields(&before, &after, b"Fields")? {
                        Ok(l) => level = level.max(l),
                        Err(_) => unexplained.push(key),
                    }
                }
                _ => unexplained.push(key),
            }
        }
        Ok(verdict(level, unexplained))
    }

    /// `/Fields` grown: every old entry kept, every new one a signature field.
    fn classify_fields(
        &mut self,
        old: &[Object],
        new: &[Object],
        key: &[u8],
    ) -> Result<Verdict, PdfError> {
        self.classify_grown(old, new, key, |this, field| {
            if this.field_type(&field, this.new)?.as_deref() != Some(b"Sig") {
                return Ok(None);
            }
            this.signature_level(field.get(b"V")).map(Some)
        })
    }

    /// `/Annots` grown: old entries kept; new signature widgets need
    /// signing, other new annotations permission 3.
    fn classify_annots(
        &mut self,
        old: &[Object],
        new: &[Object],
        key: &[u8],
    ) -> Result<Verdict, PdfError> {
        self.classify_grown(old, new, key, |this, annot| {
            let widget = annot.has_name(b"Subtype", b"Widget");
            Ok(match this.field_type(&annot, this.new)?.as_deref() {
                Some(b"Sig") if widget => Some(this.signature_level(annot.get(b"V"))?),
                // A widget of another new field adds a field.
                _ if widget => None,
                _ => Some(Level::Annotate),
            })
        })
    }

    /// An array under `key` that grew: every old entry must be kept, and
    /// each added entry (a dictionary) is judged by `added_level`, `None`
    /// when the addition is not allowed. The level is the highest any
    /// addition needs.
    fn classify_grown(
        &mut self,
        old: &[Object],
        new: &[Object],
        key: &[u8],
        mut added_level: impl FnMut(&mut Self, Dict) -> Result<Option<Level>, PdfError>,
    ) -> Result<Verdict, PdfError> {
        if !old.iter().all(|item| new.contains(item)) {
            return Ok(Err(vec![key.to_vec()]));
        }
        let mut level = Level::Timestamp;
        for added in new.iter().filter(|item| !old.contains(item)) {
            let Object::Dict(dict) = self.reader.resolve_as_of(added, self.new)? else {
                return Ok(Err(vec![key.to_vec()]));
            };
            match added_level(self, dict)? {
                Some(needed) => level = level.max(needed),
                None => return Ok(Err(vec![key.to_vec()])),
            }
        }
        Ok(Ok(level))
    }

    /// A signature value: a document timestamp needs nothing, a
    /// signature (or an empty field) signing.
    fn signature_level(&mut self, value: Option<&Object>) -> Result<Level, PdfError> {
        let Some(value) = value else {
            return Ok(Level::Signing);
        };
        Ok(match self.reader.resolve_as_of(value, self.new)? {
            Object::Dict(d) if is_type(&d, b"DocTimeStamp") => Level::Timestamp,
            _ => Level::Signing,
        })
    }

    /// The field type of a field or widget (`/FT`, inherited through
    /// `/Parent`), if it is one.
    fn field_type(&mut self, dict: &Dict, revision: usize) -> Result<Option<Vec<u8>>, PdfError> {
        let mut current = dict.clone();
        for _ in 0..MAX_DEPTH {
            if let Some(Object::Name(kind)) = current.get(b"FT") {
                return Ok(Some(kind.clone()));
            }
            let Some(parent) = current.get(b"Parent").cloned() else {
                return Ok(None);
            };
            // A page's /Parent is the page tree, not a field.
            if is_type(&current, b"Page") || is_type(&current, b"Pages") {
                return Ok(None);
            }
            match self.reader.resolve_as_of(&parent, revision)? {
                Object::Dict(d) => current = d,
                _ => return Ok(None),
            }
        }
        Ok(None)
    }

    fn array_as_of(
        &mut self,
        value: Option<&Object>,
        revision: usize,
    ) -> Result<Vec<Object>, PdfError> {
        match value {
            None => Ok(Vec::new()),
            Some(v) => match self.reader.resolve_as_of(v, revision)? {
                Object::Array(items) => Ok(items),
                _ => Ok(Vec::new()),
            },
        }
    }

    /// Whether a stream object's data is the same in both revisions
    /// (true for objects that are no streams). Compared piece by piece.
    fn same_stream_data(&mut self, num: u32) -> Result<bool, PdfError> {
        let before = self.reader.stream_as_of(num, self.old)?;
        let after = self.reader.stream_as_of(num, self.new)?;
        let (before, after) = match (before, after) {
            (None, None) => return Ok(true),
            (Some(b), Some(a)) => (b, a),
            _ => return Ok(false),
        };
        if before.length != after.length {
            return Ok(false);
        }
        let file = self.reader.file();
        let mut left = vec![0u8; 64 * 1024];
        let mut right = vec![0u8; 64 * 1024];
        let mut done = 0u64;
        while done < before.length {
            let piece = (before.length - done).min(left.len() as u64) as usize;
            file.seek(SeekFrom::Start(before.start + done))?;
            file.read_exact(&mut left[..piece])?;
            file.seek(SeekFrom::Start(after.start + done))?;
            file.read_exact(&mut right[..piece])?;
            if left[..piece] != right[..piece] {
                return Ok(false);
            }
            done += piece as u64;
        }
        Ok(true)
    }

    /// The objects of the validation data (`/DSS`) the new revision has.
    fn dss_objects(&mut self) -> Result<&HashSet<u32>, PdfError> {
        if self.dss.is_none() {
            let mut set = HashSet::new();
            let mut pending = walk_from(&self.new_catalog, b"DSS");
            while let Some((object, depth)) = pending.pop() {
                if depth > 4 || set.len() > MAX_NODES {
                    continue;
                }
                let value = match object {
                    Object::Ref(num, _) => {
                        if !set.insert(num) {
                            continue;
                        }
                        // Streams (certificates, CRLs, OCSP responses)
                        // are not followed into.
                        if self.reader.stream_as_of(num, self.new)?.is_some() {
                            continue;
                        }
                        self.reader.object_as_of(num, self.new)?
                    }
                    other => other,
                };
                match value {
                    Object::Dict(d) => pending.extend(d.0.into_iter().map(|(_, v)| (v, depth + 1))),
                    Object::Array(items) => {
                        pending.extend(items.into_iter().map(|v| (v, depth + 1)))
                    }
                    _ => {}
                }
            }
            self.dss = Some(set);
        }
        Ok(self.dss.get_or_insert_with(HashSet::new))
    }

    /// The pages of the old revision.
    fn page_map(&mut self) -> Result<&PageMap, PdfError> {
        if self.pages.is_none() {
            let mut map = PageMap::default();
            let mut pending = walk_from(&self.old_catalog, b"Pages");
            let mut count = 0usize;
            // Depth first, kids in order: pages are numbered as readers do.
            while let Some((node, depth)) = pending.pop() {
                let Object::Ref(num, _) = node else { continue };
                if depth > MAX_DEPTH || map.nodes.len() > MAX_NODES || !map.nodes.insert(num) {
                    continue;
                }
                let Object::Dict(dict) = self.reader.object_as_of(num, self.old)? else {
                    continue;
                };
                if let Some(Object::Array(kids)) = dict.get(b"Kids") {
                    if !is_type(&dict, b"Page") {
                        pending.extend(kids.iter().rev().map(|k| (k.clone(), depth + 1)));
                        continue;
                    }
                }
                count += 1;
                map.pages.insert(num, count);
                match dict.get(b"Contents") {
                    Some(Object::Ref(c, _)) => {
                        map.contents.insert(*c, count);
                        if let Object::Array(items) = self.reader.object_as_of(*c, self.old)? {
                            for item in items {
                                if let Object::Ref(s, _) = item {
                                    map.contents.insert(s, count);
                                }
                            }
                        }
                    }
                    Some(Object::Array(items)) => {
                        for item in items {
                            if let Object::Ref(s, _) = item {
                                map.contents.insert(*s, count);
                            }
                        }
                    }
                    _ => {}
                }
                if let Some(Object::Ref(a, _)) = dict.get(b"Annots") {
                    map.annots.insert(*a, count);
                }
            }
            self.pages = Some(map);
        }
        Ok(self.pages.get_or_insert_with(PageMap::default))
    }

    /// The appearance streams of the old revision's annotations, with
    /// what rewriting one needs: signing for a signature widget's, form
    /// filling for another field's, annotating for other annotations'.
    fn appearance_map(&mut self) -> Result<&HashMap<u32, Level>, PdfError> {
        if self.appearances.is_none() {
            let pages: Vec<u32> = self.page_map()?.pages.keys().copied().collect();
            let mut map = HashMap::new();
            for page in pages {
                let Object::Dict(dict) = self.reader.object_as_of(page, self.old)? else {
                    continue;
                };
                let annots = self.array_as_of(dict.get(b"Annots"), self.old)?;
                for annot in annots {
                    if map.len() > MAX_NODES {
                        break;
                    }
                    let Object::Dict(a) = self.reader.resolve_as_of(&annot, self.old)? else {
                        continue;
                    };
                    let level = match self.field_type(&a, self.old)?.as_deref() {
                        Some(b"Sig") => Level::Signing,
                        Some(_) => Level::FormFill,
                        None => Level::Annotate,
                    };
                    let mut pending: Vec<(Object, usize)> =
                        a.get(b"AP").cloned().into_iter().map(|o| (o, 0)).collect();
                    while let Some((value, depth)) = pending.pop() {
                        if depth > 3 {
                            continue;
                        }
                        match value {
                            Object::Ref(num, _) => {
                                map.insert(num, level);
                                if self.reader.stream_as_of(num, self.old)?.is_none() {
                                    let inner = self.reader.object_as_of(num, self.old)?;
                                    pending.push((inner, depth + 1));
                                }
                            }
                            Object::Dict(d) => {
                                pending.extend(d.0.into_iter().map(|(_, v)| (v, depth + 1)))
                            }
                            _ => {}
                        }
                    }
                }
            }
            self.appearances = Some(map);
        }
        Ok(self.appearances.get_or_insert_with(HashMap::new))
    }

    /// Names the object `num` (as the old revision had it) for the report.
    fn describe(
        &mut self,
        num: u32,
        old: &Object,
        keys: Vec<Vec<u8>>,
        change: ChangeKind,
    ) -> Result<Modification, PdfError> {
        let keys: Vec<String> = keys.iter().map(|k| key_name(k)).collect();
        let form_ref = reference(self.old_catalog.get(b"AcroForm"));
        let old_root = self.old_root;
        let pages = self.page_map()?;
        let (role, page) = if Some(num) == old_root {
            (Role::Catalog, None)
        } else if let Some(page) = pages.pages.get(&num) {
            (Role::Page, Some(*page))
        } else if let Some(page) = pages.contents.get(&num) {
            (Role::PageContent, Some(*page))
        } else if let Some(page) = pages.annots.get(&num) {
            (Role::Annotation, Some(*page))
        } else if pages.nodes.contains(&num) {
            (Role::PageTree, None)
        } else if Some(num) == form_ref {
            (Role::Form, None)
        } else {
            match old {
                Object::Dict(d) if is_type(d, b"Sig") || is_type(d, b"DocTimeStamp") => {
                    (Role::Signature, None)
                }
                Object::Dict(d) if is_type(d, b"Font") || is_type(d, b"FontDescriptor") => {
                    (Role::Font, None)
                }
                Object::Dict(d) if d.get(b"FT").is_some() || d.get(b"T").is_some() => {
                    (Role::FormField, None)
                }
                Object::Dict(d) if d.get(b"Subtype").is_some() && d.get(b"Rect").is_some() => {
                    (Role::Annotation, None)
                }
                _ => (Role::Object, None),
            }
        };
        Ok(Modification {
            object: num,
            role,
            page,
            keys,
            change,
        })
    }
}

/// The catalog's number in revision `revision`: the `/Root` of the
/// latest trailer up to it that names one.
pub fn root_as_of(reader: &PdfReader, revision: usize) -> Option<u32> {
    let revisions = &reader.xref().revisions;
    revisions
        .get(..=revision.min(revisions.len().saturating_sub(1)))?
        .iter()
        .rev()
        .find_map(|r| reference(r.trailer.get(b"Root")))
}

fn catalog(reader: &mut PdfReader, root: Option<u32>, revision: usize) -> Result<Dict, PdfError> {
    match root {
        Some(num) => match reader.object_as_of(num, revision)? {
            Object::Dict(d) => Ok(d),
            _ => Ok(Dict::default()),
        },
        None => Ok(Dict::default()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sign::pdf::xref;
    use std::io::Write;

    /// A document with a text field (object 7, its own widget) on its
    /// only page, and one revision per entry of `updates`, each a list of
    /// (object number, body); a body of `None` frees the object.
    fn document(updates: &[&[(u32, Option<&str>)]]) -> Vec<u8> {
        let original: &[(u32, Option<&str>)] = &[
            (1, Some("<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R >>")),
            (2, Some("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")),
            (
                3,
                Some(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R \
                     /Resources << /Font << /F1 5 0 R >> >> /Annots [7 0 R] >>",
                ),
            ),
            (
                4,
                Some("<< /Length 24 >>\nstream\nBT /F1 12 Tf (Hi) Tj ET\nendstream"),
            ),
            (
                5,
                Some("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"),
            ),
            (6, Some("<< /Fields [7 0 R] >>")),
            (
                7,
                Some(
                    "<< /Type /Annot /Subtype /Widget /FT /Tx /T (Name) /Rect [0 0 10 10] \
                     /P 3 0 R >>",
                ),
            ),
        ];
        let mut out = b"%PDF-1.7\n".to_vec();
        let mut prev: Option<usize> = None;
        for section in std::iter::once(original).chain(updates.iter().copied()) {
            let mut entries = Vec::new();
            for (num, body) in section {
                match body {
                    Some(body) => {
                        entries.push((*num, Some(out.len())));
                        write!(out, "{num} 0 obj\n{body}\nendobj\n").unwrap();
                    }
                    None => entries.push((*num, None)),
                }
            }
            let at = out.len();
            out.extend_from_slice(b"xref\n");
            if prev.is_none() {
                out.extend_from_slice(b"0 1\n0000000000 65535 f\r\n");
            }
            for (num, offset) in entries {
                match offset {
                    Some(offset) => write!(out, "{num} 1\n{offset:010} 00000 n\r\n").unwrap(),
                    None => write!(out, "{num} 1\n0000000000 00001 f\r\n").unwrap(),
                }
            }
            let prev_entry = prev.map(|p| format!(" /Prev {p}")).unwrap_or_default();
            write!(
                out,
                "trailer\n<< /Size 40 /Root 1 0 R{prev_entry} >>\nstartxref\n{at}\n%%EOF\n"
            )
            .unwrap();
            prev = Some(at);
        }
        out
    }

    fn changes(bytes: &[u8], allowed: Level) -> Vec<Modification> {
        let mut tmp = tempfile::NamedTempFile::new().unwrap();
        tmp.write_all(bytes).unwrap();
        let mut file = tmp.reopen().unwrap();
        let len = bytes.len() as u64;
        let xref = xref::load(&mut file, len).unwrap();
        let mut reader = PdfReader::new(file, len, xref);
        analyse(&mut reader, 0, allowed).unwrap()
    }

    /// What signing adds: a signature, its field and widget, the form's
    /// /Fields and the page's /Annots grown, /SigFlags.
    const SIGNATURE: &[(u32, Option<&str>)] = &[
        (
            10,
            Some("<< /Type /Sig /Filter /Adobe.PPKLite /Contents <00> /ByteRange [0 1 2 3] >>"),
        ),
        (
            11,
            Some(
                "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V 10 0 R \
                 /Rect [0 0 0 0] /P 3 0 R >>",
            ),
        ),
        (6, Some("<< /Fields [7 0 R 11 0 R] /SigFlags 3 >>")),
        (
            3,
            Some(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R \
                 /Resources << /Font << /F1 5 0 R >> >> /Annots [7 0 R 11 0 R] >>",
            ),
        ),
    ];

    #[test]
    fn what_signing_adds_is_allowed_unless_permission_1_forbids_it() {
        let signed = document(&[SIGNATURE]);
        assert_eq!(changes(&signed, Level::Signing), vec![]);
        let forbidden = changes(&signed, Level::Timestamp);
        assert!(
            forbidden
                .iter()
                .any(|m| m.role == Role::Form && m.keys.contains(&"/Fields".to_string())),
            "{forbidden:?}"
        );
        // A document timestamp is allowed even then.
        let stamped = document(&[&[
            (10, Some("<< /Type /DocTimeStamp /SubFilter /ETSI.RFC3161 /Contents <00> >>")),
            (
                11,
                Some("<< /Type /Annot /Subtype /Widget /FT /Sig /T (TS) /V 10 0 R /Rect [0 0 0 0] >>"),
            ),
            (6, Some("<< /Fields [7 0 R 11 0 R] /SigFlags 3 >>")),
            (1, Some("<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R /DSS 12 0 R >>")),
            (12, Some("<< /Certs [13 0 R] >>")),
            (13, Some("<< /Length 1 >>\nstream\n0\nendstream")),
        ]]);
        assert_eq!(changes(&stamped, Level::Timestamp), vec![]);
    }

    #[test]
    fn a_replaced_page_content_is_named() {
        let page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 20 0 R \
                    /Resources << /Font << /F1 5 0 R >> >> /Annots [7 0 R] >>";
        let altered = document(&[&[
            (20, Some("<< /Length 10 >>\nstream\n(PAY) Tj  \nendstream")),
            (3, Some(page)),
        ]]);
        let found = changes(&altered, Level::Annotate);
        assert_eq!(
            found,
            vec![Modification {
                object: 3,
                role: Role::Page,
                page: Some(1),
                keys: vec!["/Contents".into()],
                change: ChangeKind::Changed,
            }]
        );
        // The content stream rewritten in place, and a font changed.
        let rewritten = document(&[&[
            (
                4,
                Some("<< /Length 24 >>\nstream\nBT /F1 12 Tf (PY) Tj ET\nendstream"),
            ),
            (
                5,
                Some("<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>"),
            ),
        ]]);
        let found = changes(&rewritten, Level::Annotate);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!((found[0].role, found[0].page), (Role::PageContent, Some(1)));
        assert_eq!(
            (found[1].role, found[1].keys.clone()),
            (Role::Font, vec!["/BaseFont".into()])
        );
        // Written again unchanged: nothing to report.
        let same = document(&[&[(
            4,
            Some("<< /Length 24 >>\nstream\nBT /F1 12 Tf (Hi) Tj ET\nendstream"),
        )]]);
        assert_eq!(changes(&same, Level::Signing), vec![]);
    }

    #[test]
    fn deletions_catalog_entries_and_shrinking_lists_are_found() {
        let deleted = document(&[&[(5, None)]]);
        let found = changes(&deleted, Level::Annotate);
        assert_eq!(
            (found[0].role, found[0].change),
            (Role::Font, ChangeKind::Deleted)
        );

        let names = document(&[&[(
            1,
            Some(
                "<< /Type /Catalog /Pages 2 0 R /AcroForm 6 0 R /Names << /JavaScript 30 0 R >> >>",
            ),
        )]]);
        let found = changes(&names, Level::Annotate);
        assert_eq!(
            (found[0].role, found[0].keys.clone()),
            (Role::Catalog, vec!["/Names".into()])
        );

        let shrunk = document(&[&[(6, Some("<< /Fields [] >>"))]]);
        let found = changes(&shrunk, Level::Annotate);
        assert_eq!((found[0].role, found[0].object), (Role::Form, 6));
    }

    #[test]
    fn form_filling_and_annotations_need_their_permissions() {
        let filled = document(&[&[(
            7,
            Some(
                "<< /Type /Annot /Subtype /Widget /FT /Tx /T (Name) /V (Mallory) \
                 /Rect [0 0 10 10] /P 3 0 R >>",
            ),
        )]]);
        let found = changes(&filled, Level::Signing);
        assert_eq!(
            (found[0].role, found[0].keys.clone()),
            (Role::FormField, vec!["/V".into()])
        );
        assert_eq!(changes(&filled, Level::FormFill), vec![]);

        let page = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R \
                    /Resources << /Font << /F1 5 0 R >> >> /Annots [7 0 R 21 0 R] >>";
        let annotated = document(&[&[
            (
                21,
                Some("<< /Type /Annot /Subtype /Text /Rect [0 0 5 5] /Contents (note) >>"),
            ),
            (3, Some(page)),
        ]]);
        let found = changes(&annotated, Level::FormFill);
        assert_eq!((found[0].role, found[0].page), (Role::Page, Some(1)));
        assert_eq!(changes(&annotated, Level::Annotate), vec![]);
        // A new text field (not a signature) is not something signing adds.
        let new_field = document(&[&[
            (22, Some("<< /FT /Tx /T (Amount) >>")),
            (6, Some("<< /Fields [7 0 R 22 0 R] >>")),
        ]]);
        let found = changes(&new_field, Level::Annotate);
        assert_eq!(found[0].role, Role::Form, "{found:?}");
    }

    #[test]
    fn an_object_written_again_in_other_words_is_unchanged() {
        let respelled = document(&[&[(
            7,
            Some(
                "<< /P 3 0 R /Rect [0.0 0 10 10.00] /T <4E616D65> /FT /Tx /Subtype /Widget \
                 /Type /Annot >>",
            ),
        )]]);
        assert_eq!(changes(&respelled, Level::Signing), vec![]);
    }

    #[test]
    fn permissions_map_to_levels() {
        assert_eq!(Level::allowed_by(None), Level::Signing);
        assert_eq!(Level::allowed_by(Some(1)), Level::Timestamp);
        assert_eq!(Level::allowed_by(Some(2)), Level::FormFill);
        assert_eq!(Level::allowed_by(Some(3)), Level::Annotate);
    }
}
