//! What changed between two versions of a template, and moving a draft's answers across.
//!
//! A draft keeps the template version it was started on. When the working committee sends a
//! newer version, the unit is shown the difference — items added, removed, re-pointed (the
//! same item under a new number) and changed in place — and chooses whether to move its
//! answers over. [`move_answers`] reports the fate of every answer, so the UI can say which
//! ones have no place in the new version: nothing is dropped without being named.
//!
//! Items are matched by indicator id; a removed and an added item with the same wording
//! (Chinese content, else English) are one item re-pointed to its new id. Whether a value
//! still fits its item follows the kinds `crate::domain::score` accepts (a test keeps the two
//! in step). This module only compares and copies data; it does not decide for the user.

use super::answer::{Answer, AnswerValue, Answers};
use super::fixed::Fixed;
use super::ids::{DimensionId, IndicatorId};
use super::template::{Indicator, IndicatorKind, Template};

/// The difference between an older and a newer template.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TemplateDiff {
    pub from_version: u32,
    pub to_version: u32,
    /// Items only the new version has, in its display order.
    pub added: Vec<IndicatorId>,
    /// Items only the old version has, in its display order.
    pub removed: Vec<IndicatorId>,
    /// Items renumbered: same wording, new id.
    pub repointed: Vec<Repointed>,
    /// Items with the same id whose place, points, kind, wording or rules changed.
    pub changed: Vec<Changed>,
}

/// An item that moved from one id to another.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Repointed {
    pub from: IndicatorId,
    pub to: IndicatorId,
}

/// An item kept under its id, and what about it changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Changed {
    pub id: IndicatorId,
    pub changes: Vec<Change>,
}

/// One way an item changed in place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// It now belongs to another dimension.
    Dimension { from: DimensionId, to: DimensionId },
    /// Its full marks changed.
    Points { from: Fixed, to: Fixed },
    /// Its kind or the kind's parameters (levels, target, per occurrence) changed.
    Kind,
    /// What is assessed or the scoring standard was reworded.
    Wording,
    /// "Not applicable", the note requirement or the ★ rule changed.
    Rules,
}

impl TemplateDiff {
    /// True when no item was added, removed, re-pointed or changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.repointed.is_empty()
            && self.changed.is_empty()
    }

    /// The id in the new version of the old item `id`, if it has one.
    pub fn new_id_of<'a>(&'a self, id: &'a IndicatorId) -> Option<&'a IndicatorId> {
        if self.removed.contains(id) {
            return None;
        }
        Some(
            self.repointed
                .iter()
                .find(|r| &r.from == id)
                .map_or(id, |r| &r.to),
        )
    }
}

/// Compares `old` with `new`, item by item.
pub fn diff(old: &Template, new: &Template) -> TemplateDiff {
    let mut removed: Vec<&Indicator> = old
        .indicators()
        .filter(|(_, i)| new.indicator(&i.id).is_none())
        .map(|(_, i)| i)
        .collect();
    let mut added: Vec<&Indicator> = new
        .indicators()
        .filter(|(_, i)| old.indicator(&i.id).is_none())
        .map(|(_, i)| i)
        .collect();
    let mut repointed = Vec::new();
    removed.retain(
        |gone| match added.iter().position(|a| same_wording(gone, a)) {
            Some(at) => {
                let to = added.remove(at);
                repointed.push(Repointed {
                    from: gone.id.clone(),
                    to: to.id.clone(),
                });
                false
            }
            None => true,
        },
    );
    let changed = old
        .indicators()
        .filter_map(|(old_dim, before)| {
            let (new_dim, after) = new.indicator(&before.id)?;
            let mut changes = Vec::new();
            if old_dim.id != new_dim.id {
                changes.push(Change::Dimension {
                    from: old_dim.id.clone(),
                    to: new_dim.id.clone(),
                });
            }
            changes.extend(changes_in_place(before, after));
            (!changes.is_empty()).then(|| Changed {
                id: before.id.clone(),
                changes,
            })
        })
        .collect();
    TemplateDiff {
        from_version: old.version,
        to_version: new.version,
        added: added.into_iter().map(|i| i.id.clone()).collect(),
        removed: removed.into_iter().map(|i| i.id.clone()).collect(),
        repointed,
        changed,
    }
}

fn same_wording(a: &Indicator, b: &Indicator) -> bool {
    let same = |x: &str, y: &str| !x.trim().is_empty() && x.trim() == y.trim();
    same(&a.content.zh, &b.content.zh)
        || (a.content.zh.trim().is_empty() && same(&a.content.en, &b.content.en))
}

fn changes_in_place(before: &Indicator, after: &Indicator) -> Vec<Change> {
    let mut changes = Vec::new();
    if before.max_points != after.max_points {
        changes.push(Change::Points {
            from: before.max_points,
            to: after.max_points,
        });
    }
    if before.kind != after.kind {
        changes.push(Change::Kind);
    }
    if before.content != after.content || before.standard != after.standard {
        changes.push(Change::Wording);
    }
    if before.na_allowed != after.na_allowed
        || before.note_required_below_full != after.note_required_below_full
        || before.must_pass != after.must_pass
    {
        changes.push(Change::Rules);
    }
    changes
}

/// What happened to one answer when it was moved to the new version.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Moved {
    /// The item it answered in the old version.
    pub from: IndicatorId,
    /// Where it went; `None` when it has no place in the new version.
    pub to: Option<IndicatorId>,
    pub fate: Fate,
    /// The answer as it was.
    pub answer: Answer,
}

/// The fate of one answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fate {
    /// Same item, same value and note.
    Kept,
    /// Moved to the item's new id, value and note intact.
    Repointed,
    /// The item's new kind does not take this value: the note was kept, the value was not.
    NoteOnly,
    /// The item was removed: nothing of this answer is in the new version.
    NoPlace,
}

/// The answers for the new version and the fate of each old answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerMove {
    pub answers: Answers,
    /// One entry per old answer, in indicator-id order.
    pub moved: Vec<Moved>,
}

impl AnswerMove {
    /// Answers (or their values) that did not make it: show these before the user confirms.
    pub fn lost(&self) -> impl Iterator<Item = &Moved> {
        self.moved
            .iter()
            .filter(|m| matches!(m.fate, Fate::NoteOnly | Fate::NoPlace))
    }

    /// True when every answer kept its value and note.
    pub fn is_lossless(&self) -> bool {
        self.lost().next().is_none()
    }
}

/// Carries `answers` given on `old` over to `new`: kept under the same id, re-pointed to a
/// renumbered item, reduced to the note when the value no longer fits, or reported as having
/// no place. Never loses an answer without listing it.
pub fn move_answers(old: &Template, new: &Template, answers: &Answers) -> AnswerMove {
    let changes = diff(old, new);
    let mut moved_answers = Answers::new();
    let mut moved = Vec::with_capacity(answers.len());
    for (id, answer) in answers.iter() {
        let target = if old.indicator(id).is_some() {
            changes.new_id_of(id).cloned()
        } else {
            // Not an item of the old version (an answer from elsewhere): keep it if it fits.
            new.indicator(id).map(|_| id.clone())
        };
        let placed = target.and_then(|to| new.indicator(&to).map(|(_, i)| (to, i)));
        let (to, fate, carried) = match placed {
            None => (None, Fate::NoPlace, None),
            Some((to, indicator)) if value_fits(indicator, &answer.value) => {
                let fate = if &to == id {
                    Fate::Kept
                } else {
                    Fate::Repointed
                };
                (Some(to), fate, Some(answer.clone()))
            }
            Some((to, _)) => {
                let note_only = Answer::new(AnswerValue::Unanswered).with_note(&answer.note);
                (Some(to), Fate::NoteOnly, Some(note_only))
            }
        };
        if let (Some(to), Some(carried)) = (&to, carried) {
            merge(&mut moved_answers, to, carried);
        }
        moved.push(Moved {
            from: id.clone(),
            to,
            fate,
            answer: answer.clone(),
        });
    }
    AnswerMove {
        answers: moved_answers,
        moved,
    }
}

/// Two old answers can land on one item only when the old draft answered an id the new
/// version re-uses; the first value wins and the notes are joined, so no text is lost.
fn merge(answers: &mut Answers, id: &IndicatorId, incoming: Answer) {
    match answers.get(id).cloned() {
        None => answers.set(id.clone(), incoming),
        Some(mut present) => {
            if present.value == AnswerValue::Unanswered {
                present.value = incoming.value;
            }
            if !incoming.note.is_empty() {
                if !present.note.is_empty() {
                    present.note.push('\n');
                }
                present.note.push_str(&incoming.note);
            }
            answers.set(id.clone(), present);
        }
    }
}

/// True when `score` would take `value` for `indicator` as given (no kind mismatch, known
/// level, "not applicable" only where allowed, no negative quantity).
pub fn value_fits(indicator: &Indicator, value: &AnswerValue) -> bool {
    match (&indicator.kind, value) {
        (_, AnswerValue::Unanswered) => true,
        (_, AnswerValue::NotApplicable) => indicator.na_allowed,
        (IndicatorKind::Scale { .. }, AnswerValue::Level(level)) => {
            indicator.level(level).is_some()
        }
        (IndicatorKind::YesNo, AnswerValue::YesNo(_)) => true,
        (IndicatorKind::Quota { .. }, AnswerValue::Quantity(quantity)) => !quantity.is_negative(),
        (IndicatorKind::Deduction { .. } | IndicatorKind::Bonus { .. }, AnswerValue::Count(_)) => {
            true
        }
        (IndicatorKind::Veto, AnswerValue::Veto(_)) => true,
        _ => false,
    }
}
