//! A renderer crash mid-edit, in every engine: Chromium through DevTools `Page.crash`;
//! Firefox and WebKit by killing the content process that renders local files, found among
//! the processes the driver started (`processes.rs`).
//!
//! Firefox renders every `file://` page in one "file:// Content" process. WebKit cannot take
//! part ([`Feature::CrashTab`] says why): a crash there is an error, never a no-op.
//!
//! [`Feature::CrashTab`]: super::engine::Feature::CrashTab

use super::browser::Browser;
use super::engine::{Engine, Feature};
use super::error::{fail, Result};
use super::processes::{self, Process};
use super::wait::{wait_until, Check, UI_CHANGE};

impl Browser {
    /// Kills the current tab's renderer, as a crash mid-edit would, and carries on in a new
    /// blank tab (a crashed tab accepts no more commands). Returns the crashed tab's handle.
    pub fn crash_tab(&self) -> Result<String> {
        if let Some(reason) = self.engine().cannot(Feature::CrashTab) {
            fail!("cannot crash a tab in {}: {reason}", self.engine());
        }
        let crashed = self.webdriver().window_handle()?;
        let spare = match self.engine() {
            Engine::Chromium => {
                let spare = self.webdriver().new_window()?;
                self.crash_renderer_devtools();
                spare
            }
            Engine::Firefox | Engine::WebKit => {
                // The new tab is opened only after the kill: opened before, Firefox may host
                // its blank page in the same `file://` process, and it then shows the
                // parent-process crash page, where WebDriver runs no scripts (seen once in CI).
                self.kill_file_renderer()?;
                self.webdriver().new_window()?
            }
        };
        self.switch_to_window(&spare)?;
        Ok(crashed)
    }

    /// Kills the processes that render local files and waits until they are gone.
    fn kill_file_renderer(&self) -> Result<()> {
        let renderers: Vec<Process> = processes::in_group(self.process_group())
            .into_iter()
            .filter(|p| is_file_renderer(self.engine(), &p.name))
            .collect();
        if renderers.is_empty() {
            fail!(
                "found no {} renderer process to crash among {:?}",
                self.engine(),
                processes::in_group(self.process_group())
            );
        }
        for renderer in &renderers {
            processes::kill(renderer.pid);
        }
        wait_until("the killed renderer processes to end", UI_CHANGE, || {
            let left: Vec<u32> = renderers
                .iter()
                .map(|p| p.pid)
                .filter(|pid| processes::is_running(*pid))
                .collect();
            if left.is_empty() {
                Ok(Check::Done(()))
            } else {
                Ok(Check::NotYet(format!("still running: {left:?}")))
            }
        })
    }
}

/// Whether a process named `name` (its 15-byte `comm`) renders local files in `engine`.
fn is_file_renderer(engine: Engine, name: &str) -> bool {
    engine == Engine::Firefox && name == "file:// Content"
}
