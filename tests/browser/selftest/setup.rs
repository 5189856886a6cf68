//! Choosing an engine and finding its binaries: failures say what is missing and what to do.

use crate::harness::chromium::{ChromiumPaths, CHROMEDRIVER_ENV, CHROMIUM_ENV};
use crate::harness::{Browser, Engine, LaunchOptions, Result, Scratch};

#[test]
fn engines_are_named_like_the_environment_variable() -> Result<()> {
    for engine in Engine::ALL {
        assert_eq!(Engine::parse(engine.id())?, engine);
    }
    assert_eq!(Engine::parse(" WebKit ")?, Engine::WebKit);
    assert!(Engine::parse("opera").is_err());
    Ok(())
}

#[test]
fn the_chosen_engine_starts_and_names_its_version() -> Result<()> {
    let scratch = Scratch::new()?;
    let engine = Engine::from_env()?;
    let browser = Browser::launch(engine, &scratch.launch_options())?;
    assert_eq!(browser.engine(), engine);
    let version = browser.version();
    assert!(
        version.chars().next().is_some_and(|c| c.is_ascii_digit()),
        "{engine} reported the version {version:?}"
    );
    browser.quit()
}

#[test]
fn missing_chromium_says_how_to_install_it() {
    let result = ChromiumPaths::resolve(|var| match var {
        v if v == CHROMIUM_ENV => Some("/nonexistent/chromium".to_owned()),
        v if v == CHROMEDRIVER_ENV => Some("/nonexistent/chromedriver".to_owned()),
        _ => None,
    });
    let Err(error) = result else {
        panic!("missing binaries were accepted");
    };
    let message = error.to_string();
    assert!(message.contains("/nonexistent/chromium "), "{message}");
    assert!(message.contains("/nonexistent/chromedriver"), "{message}");
    assert!(
        message.contains("sudo apt-get install -y chromium chromium-driver"),
        "{message}"
    );
}

#[test]
fn the_browser_prefers_the_language_asked_for() -> Result<()> {
    for language in ["zh-CN", "en-US"] {
        let scratch = Scratch::new()?;
        let page = scratch.write_page("quiet.html", include_str!("../pages/quiet.html"))?;
        let options = LaunchOptions {
            language: language.to_owned(),
            ..scratch.launch_options()
        };
        let browser = Browser::launch(Engine::from_env()?, &options)?;
        browser.open_file(&page)?;
        let preferred = browser.execute("return navigator.languages[0];", vec![])?;
        assert_eq!(preferred, serde_json::Value::from(language));
        browser.quit()?;
    }
    Ok(())
}
