//! The macro every domain error enum is declared with.
//!
//! Each variant is written once: its doc, its English `#[error]` text, its
//! fields and its stable code. From that one declaration the macro makes the
//! enum (with `Display` by `thiserror`), `code()`, `params()` (every field a
//! named parameter, under its own name) and the list of codes. No `match` is
//! written by hand, so a new variant cannot be left without its code or lose
//! its parameters.
//!
//! It is a small `macro_rules!` rather than a derive: a derive would need a
//! proc-macro crate of its own (with `syn` and `quote`) for what one
//! declarative pattern does, and the declaration stays ordinary Rust syntax
//! (a variant `= "code"`, like a discriminant) that reads like an enum.

use serde_json::Value;
use std::path::{Path, PathBuf};

/// A field's value as a named parameter of a localized sentence.
pub trait Param {
    /// The value as the faces pass it to Fluent: a number stays a number,
    /// a path is shown as the system shows it.
    fn param(&self) -> Value;
}

impl Param for String {
    fn param(&self) -> Value {
        Value::String(self.clone())
    }
}

impl Param for &str {
    fn param(&self) -> Value {
        Value::String((*self).to_owned())
    }
}

impl Param for PathBuf {
    fn param(&self) -> Value {
        self.as_path().param()
    }
}

impl Param for Path {
    fn param(&self) -> Value {
        Value::String(self.display().to_string())
    }
}

macro_rules! number_param {
    ($($ty:ty),*) => {
        $(impl Param for $ty {
            fn param(&self) -> Value {
                Value::from(*self)
            }
        })*
    };
}

number_param!(i64, u64, u32, usize);

/// Declares a domain error enum; see the module documentation.
///
/// ```ignore
/// declare_errors! {
///     /// What can go wrong with the store.
///     pub enum StoreError {
///         /// The file is damaged.
///         #[error("the store file {path} is damaged")]
///         Corrupt {
///             /// Path of the store file.
///             path: PathBuf,
///         } = "store.corrupt",
///     }
/// }
/// ```
#[macro_export]
macro_rules! declare_errors {
    (
        $(#[$enum_meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident $({
                    $(
                        $(#[$field_meta:meta])*
                        $field:ident : $ty:ty
                    ),* $(,)?
                })? = $code:literal
            ),* $(,)?
        }
    ) => {
        $(#[$enum_meta])*
        #[derive(Debug, thiserror::Error)]
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant $({
                    $(
                        $(#[$field_meta])*
                        $field: $ty
                    ),*
                })?,
            )*
        }

        impl $name {
            /// Every stable code of this domain, in declaration order.
            pub const CODES: &'static [&'static str] = &[$($code),*];

            /// The stable code, e.g. `store.in-use`.
            pub fn code(&self) -> &'static str {
                match self {
                    $(Self::$variant { .. } => $code,)*
                }
            }

            /// The named parameters of the localized sentence: every field,
            /// under its own name.
            pub fn params(&self) -> serde_json::Map<String, serde_json::Value> {
                match self {
                    $(Self::$variant $({ $($field),* })? => serde_json::Map::from_iter([
                        $($((
                            stringify!($field).to_owned(),
                            $crate::error::Param::param($field),
                        )),*)?
                    ]),)*
                }
            }
        }
    };
}
