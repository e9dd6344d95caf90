//! The names of a run's files: a person finds their envelope, key and card
//! by the holder's name, so each starts with it, made safe for any file
//! system, and ends with the run and the certificate, which keep it unique.

/// The longest holder part of a name, in characters, so a long name with
/// the rest still fits the 255-byte limit of common file systems.
const HOLDER_MAX_CHARS: usize = 60;

/// The stem (no extension) of the files of the item renewing certificate
/// `cert_id` of `holder` in run `run_id`: `Тарас-Бойко-renewal-1-3`. Letters
/// and digits of any script are kept, everything else (spaces, path
/// separators, characters Windows reserves) becomes one `-`; a holder with
/// no letter or digit leaves `renewal-1-3`.
pub fn item_stem(holder: &str, run_id: i64, cert_id: i64) -> String {
    let safe = safe_holder(holder);
    if safe.is_empty() {
        format!("renewal-{run_id}-{cert_id}")
    } else {
        format!("{safe}-renewal-{run_id}-{cert_id}")
    }
}

/// The stem of a request file the card and the receipts are named after
/// (`renewal-R-C.p10` -> `renewal-R-C`); `renewal` for a path without one.
pub(crate) fn request_stem(request: &std::path::Path) -> String {
    request
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "renewal".into())
}

fn safe_holder(holder: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in holder.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c);
        } else {
            gap = true;
        }
    }
    out.chars()
        .take(HOLDER_MAX_CHARS)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::item_stem;

    #[test]
    fn the_holder_names_the_file_in_any_script() {
        assert_eq!(item_stem("Тарас Бойко", 1, 3), "Тарас-Бойко-renewal-1-3");
        assert_eq!(
            item_stem("José  Núñez-García", 2, 7),
            "José-Núñez-García-renewal-2-7"
        );
        assert_eq!(item_stem("דוד לוי", 1, 4), "דוד-לוי-renewal-1-4");
    }

    #[test]
    fn separators_and_reserved_characters_never_reach_the_name() {
        let stem = item_stem("../..\\a:b*c?\"d<e>f|g/h", 1, 2);
        assert_eq!(stem, "a-b-c-d-e-f-g-h-renewal-1-2");
        for bad in ['/', '\\', ':', '*', '?', '"', '<', '>', '|', '.'] {
            assert!(!stem.contains(bad), "{stem}");
        }
    }

    #[test]
    fn a_holder_without_letters_leaves_the_plain_name() {
        assert_eq!(item_stem("", 1, 7), "renewal-1-7");
        assert_eq!(item_stem(" ./\\ ", 1, 7), "renewal-1-7");
    }

    #[test]
    fn a_long_holder_is_cut_and_the_item_still_unique() {
        let long = "Ł".repeat(200);
        let a = item_stem(&long, 1, 7);
        let b = item_stem(&long, 1, 8);
        assert_ne!(a, b);
        assert!(a.chars().count() <= 60 + "-renewal-1-7".len(), "{a}");
        assert!(a.len() < 255);
    }
}
