//! The macro that parses one of a closed set of names (key algorithms,
//! languages, template kinds, ...) and refuses any other with the domain's
//! own error.

/// Implements `FromStr` for a type with an `ALL` list of its values and a
/// method giving each value's stable name: a given name is the value whose
/// name it matches (`eq`, or `eq_ignore_ascii_case` where letter case does
/// not matter); any other name is the error `unknown` makes of it. With
/// `display` after it, the type is also shown by that name.
///
/// ```ignore
/// crate::parse_by_name!(KeyAlgorithm, name, eq_ignore_ascii_case, |name| {
///     Error::Key(KeyError::UnsupportedAlgorithm { name: name.to_string() })
/// }; display);
/// ```
#[macro_export]
macro_rules! parse_by_name {
    ($ty:ty, $name:ident, $matches:ident, |$given:ident| $unknown:expr) => {
        impl std::str::FromStr for $ty {
            type Err = $crate::Error;

            fn from_str($given: &str) -> $crate::Result<Self> {
                <$ty>::ALL
                    .into_iter()
                    .find(|value| value.$name().$matches($given))
                    .ok_or_else(|| $unknown)
            }
        }
    };
    ($ty:ty, $name:ident, $matches:ident, |$given:ident| $unknown:expr; display) => {
        $crate::parse_by_name!($ty, $name, $matches, |$given| $unknown);

        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.$name())
            }
        }
    };
}
