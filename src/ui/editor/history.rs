//! Undo and redo for the criteria editor: the states before each edit, and the ones undone.
//!
//! Plain data with no Leptos in it, so its rules are unit-tested here: a new edit clears what
//! was undone, and only the last [`LIMIT`] states are kept (a copy of the eight types template
//! is about 60 KB, so the bound keeps memory small).

/// How many earlier states are kept.
pub const LIMIT: usize = 100;

/// Earlier and undone states of one value.
#[derive(Clone, Debug, Default)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
}

impl<T> History<T> {
    pub fn new() -> History<T> {
        History {
            undo: Vec::new(),
            redo: Vec::new(),
        }
    }

    /// Remembers `before`, the state an edit is about to replace.
    pub fn record(&mut self, before: T) {
        self.undo.push(before);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// The state before the last edit; `current` becomes redoable. `None` when there is none.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        Some(previous)
    }

    /// The state the last undo left; `current` becomes undoable again.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_and_redo_walk_back_and_forth() {
        let mut history = History::new();
        let mut value = 1;
        for next in [2, 3] {
            history.record(value);
            value = next;
        }
        value = history.undo(value).unwrap_or(value);
        assert_eq!(value, 2);
        value = history.undo(value).unwrap_or(value);
        assert_eq!(value, 1);
        assert!(!history.can_undo());
        assert_eq!(history.undo(value), None);
        value = history.redo(value).unwrap_or(value);
        assert_eq!(value, 2);
        assert!(history.can_redo());
    }

    #[test]
    fn a_new_edit_clears_the_redo_states() {
        let mut history = History::new();
        history.record("a");
        let current = history.undo("b");
        assert_eq!(current, Some("a"));
        assert!(history.can_redo());
        history.record("a");
        assert!(!history.can_redo());
    }

    #[test]
    fn only_the_last_states_are_kept() {
        let mut history = History::new();
        for n in 0..(LIMIT + 10) {
            history.record(n);
        }
        let mut oldest = None;
        let mut current = LIMIT + 10;
        while let Some(previous) = history.undo(current) {
            oldest = Some(previous);
            current = previous;
        }
        assert_eq!(oldest, Some(10));
    }
}
