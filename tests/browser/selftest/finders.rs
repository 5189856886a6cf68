//! Controls are found by what a person reads: labels, aria names and button words.

use super::open_page;
use crate::harness::{Result, UI_CHANGE};

#[test]
fn fills_a_form_by_its_labels() -> Result<()> {
    let page = open_page("form.html", include_str!("../pages/form.html"))?;
    let b = &page.browser;
    let unit = b.find_by_label("单位名称")?;
    b.clear(&unit)?;
    b.type_into(&unit, "示例单位")?;
    let year = b.find_by_label("年度")?;
    b.type_into(&year, "2026")?;
    let grade = b.find_by_label("等级")?;
    b.select_option_by_text(&grade, "良好")?;
    b.click(&b.find_button("Show")?)?;
    b.wait_for_text("unit=示例单位; year=2026; grade=良好", UI_CHANGE)?;
    Ok(())
}

#[test]
fn finds_controls_by_aria_names() -> Result<()> {
    let page = open_page("form.html", include_str!("../pages/form.html"))?;
    let b = &page.browser;
    let search = b.find_by_label("Search")?;
    b.type_into(&search, "法治型")?;
    assert_eq!(b.value_of(&search)?, "法治型");
    let score = b.find_by_label("学习型 得分")?;
    b.type_into(&score, "87.5")?;
    assert_eq!(b.value_of(&score)?, "87.5");
    b.click(&b.find_button("Close panel")?)?;
    b.wait_for_text("panel closed", UI_CHANGE)?;
    Ok(())
}

#[test]
fn an_ambiguous_button_is_an_error_until_scoped() -> Result<()> {
    let page = open_page("form.html", include_str!("../pages/form.html"))?;
    let b = &page.browser;
    let Err(error) = b.find_button("保存") else {
        panic!("two buttons named 保存 were not reported as ambiguous");
    };
    assert!(error.to_string().contains("2 visible elements"), "{error}");
    let second = b.find_css("#second")?;
    let save = b.find_button_in(&second, "保存")?;
    let inside = b.execute(
        "return arguments[1].contains(arguments[0]);",
        vec![save.to_json(), second.to_json()],
    )?;
    assert_eq!(inside, serde_json::Value::Bool(true));
    Ok(())
}
