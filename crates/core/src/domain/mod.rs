//! The pure core: criteria templates, answers, scoring, grades and template validation.
//!
//! Everything here is plain Rust over plain data: no web, no IO, no Leptos, no floats in
//! arithmetic. Data flows one way — template + answers → [`score()`] → [`ScoreSheet`] — and every
//! adapter (form, PDF, export, review) calls this instead of re-implementing a rule.
//! **Architecture invariant:** this module compiles for native and wasm32 and imports nothing
//! from web-sys, js-sys, wasm-bindgen, gloo or leptos (`tests/tidy_domain.rs` checks it).

pub mod answer;
pub mod assessment;
pub mod builtin;
pub mod consolidate;
pub mod date_layout;
pub mod date_text;
pub mod fixed;
pub mod ids;
pub mod issue_place;
pub mod publishing;
pub mod rules;
pub mod score;
pub mod sheet;
pub mod template;
pub mod template_diff;
pub mod template_edit;
pub mod text;
pub mod unit_info;
pub mod validate;

pub use answer::{Answer, AnswerValue, Answers};
pub use assessment::{Assessment, AssessmentId, Review, UnitInfo};
pub use builtin::{
    builtin_templates, eight_types, parse_template, responsibility_system, TemplateParseError,
};
pub use fixed::{Fixed, FixedParseError};
pub use ids::{DimensionId, GradeId, IndicatorId, LevelId, TemplateId};
pub use publishing::{PublishError, PublishState};
pub use rules::{AnswerProblem, GradeRule};
pub use score::score;
pub use sheet::{
    Completeness, DimensionScore, GradeStanding, IndicatorScore, IndicatorStatus, ScoreSheet,
};
pub use template::{
    Dimension, GradeBand, Indicator, IndicatorKind, MustPass, QuotaMode, ScaleLevel, Source,
    Template, SCHEMA_VERSION,
};
pub use text::{Lang, Text};
pub use unit_info::{UnitField, UnitInfoProblem};
pub use validate::{validate, TemplateIssue};
