//! Stable identifiers of templates and their parts.
//!
//! Each kind of id is its own newtype so a level id cannot be passed where an indicator id is
//! expected. They are plain strings in JSON (serde transparent) because answers, exports and
//! reviews refer to them across versions of the app.

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.pad(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }
    };
}

string_id!(
    /// A template, e.g. "eight-types".
    TemplateId
);
string_id!(
    /// A dimension within a template, e.g. "learning".
    DimensionId
);
string_id!(
    /// An indicator, unique within its template, e.g. "1.2".
    IndicatorId
);
string_id!(
    /// A level of a rating scale, unique within its indicator, e.g. "good".
    LevelId
);
string_id!(
    /// A grade band, e.g. "excellent".
    GradeId
);
