//! The parts of the assessment form, one component per file.

pub mod answer_controls;
pub mod dimension_nav;
pub mod dimension_section;
pub mod indicator_card;
pub mod number_input;
pub mod radar_chart;
pub mod result_panel;
pub mod todo_summary;
pub mod unit_details;
