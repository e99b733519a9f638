"""Find the best model for me: a time-budgeted search over a few candidate models.

1. ``propose_candidates`` picks a handful of models by the data, the app's default first.
2. A ``CostModel`` estimates what a run of each costs (a few timed steps).
3. The default trains first, exactly as ``train`` would run it (its own epochs; the
   deadline stops it if the budget is shorter): the search starts from what the user
   gets without it.
   The time left becomes an epoch plan of successive-halving rungs over the challengers
   (``search_plan``), with as many as fit; the best half of each rung go on, from
   scratch with twice the epochs (one-cycle schedule, so a short run is a complete run),
   up to the default's epoch count. Before each rung the plan is made again from what
   the runs really cost. A challenger replaces the default only when it beats it on
   validation by a clear margin (``required_gain``): the best of several is flattered by
   chance. So the search is never worse than the defaults on the same budget, and on a
   budget of one default training it is the default.
4. A running candidate is stopped by its token when the budget is spent or the caller
   cancels; it keeps its best checkpoint. Every trained run stays in ``project.runs``
   with a readable name and a ``search`` record in its settings.
5. Ranking reads the validation split only: candidates load train and val, never test.
6. ``apply_winner`` makes the winner the project's selected run, graph, training and
   image settings; ``SearchReason`` says why in one sentence (a code and values).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import problems as P
from ..i18n import QT_TRANSLATE_NOOP
from ..problems import LeptonError
from ..project import ImageSettings, Project, RunRecord, TrainingSettings
from ..tasks import Cancelled, CancelToken, EventCallback, ignore_event
from .auto import choose_epochs
from .events import EpochEnded, EpochStarted
from .search_candidates import Candidate, propose_candidates
from .search_plan import CostModel, ProbeCosts, Rung, fit_candidates, plan, rung_sizes

CONTEXT = "Search"
PROBE_SHARE = 0.05  # of the budget for timing the candidates before the plan
SETUP_SHARE = 0.25  # a candidate whose setup alone takes more of the budget is left out
MIN_GAIN = 0.005  # a challenger replaces the default only with this much more validation accuracy
MIN_GAIN_PICTURES = 2  # ... and at least this many more validation pictures right
Trainer = Callable[[Candidate, int, CancelToken, EventCallback], RunRecord | None]

# Row statuses of the leaderboard.
WAITING, RUNNING, DONE, DROPPED, STOPPED, FAILED, WINNER, NOT_RUN = (
    "waiting", "running", "finished", "dropped", "stopped", "failed", "winner", "not_run")


# --- events -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchStarted:
    budget_s: float
    candidates: tuple[dict[str, Any], ...]  # Candidate.info()
    rungs: tuple[tuple[int, int], ...]  # (epochs, candidates): the default's round


@dataclass(frozen=True)
class ChallengersPlanned:
    """After the default: the challengers that fit the time left, and their rounds."""

    candidate_ids: tuple[str, ...]
    rungs: tuple[tuple[int, int], ...]  # (epochs, candidates) per round, from round 2


@dataclass(frozen=True)
class CandidateAdded:
    """A candidate left out of the plan trains after all, with the time left."""

    candidate: dict[str, Any]  # Candidate.info()


@dataclass(frozen=True)
class CandidateStarted:
    candidate_id: str
    rung: int  # 1-based
    epochs: int
    name: str  # the run's name


@dataclass(frozen=True)
class CandidateEpoch:
    candidate_id: str
    rung: int
    epoch: int
    epochs: int
    val_accuracy: float | None
    elapsed_s: float
    budget_s: float


@dataclass(frozen=True)
class CandidateFinished:
    candidate_id: str
    rung: int
    run_id: str | None
    status: str  # the run's status, or "failed"
    val_accuracy: float | None
    epochs_run: int
    seconds: float
    elapsed_s: float
    budget_s: float


@dataclass(frozen=True)
class RungFinished:
    rung: int
    kept: tuple[str, ...]
    dropped: tuple[str, ...]


@dataclass(frozen=True)
class SearchFinished:
    result: SearchResult


# --- the outcome --------------------------------------------------------------------------

REASONS = {
    "search_beat_default": QT_TRANSLATE_NOOP("Search", "{model} at {size} px reached {accuracy} % on the validation pictures, {gain} points more than the default {default}, in {seconds} s."),
    "search_default_best": QT_TRANSLATE_NOOP("Search", "The default {model} at {size} px stayed the best with {accuracy} % on the validation pictures; no other model tried in {seconds} s beat it."),
    "search_default_only": QT_TRANSLATE_NOOP("Search", "Only the default {model} fitted in the time: {accuracy} % on the validation pictures in {seconds} s."),
    "search_winner": QT_TRANSLATE_NOOP("Search", "{model} at {size} px reached {accuracy} % on the validation pictures in {seconds} s."),
    "search_no_winner": QT_TRANSLATE_NOOP("Search", "No model finished training in {seconds} s; try a longer time."),
}


@dataclass(frozen=True)
class SearchReason:
    """Why the winner won, as a code of ``REASONS`` and its values (the GUI translates)."""

    code: str
    values: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return REASONS[self.code].format(**self.values)

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "values": dict(self.values), "text": self.text()}


@dataclass
class LeaderboardRow:
    candidate_id: str
    name: str
    model: str
    image_size: int
    augment: str
    learning_rate: float
    is_default: bool
    params: int
    size_mb: float
    status: str = WAITING
    val_accuracy: float | None = None  # the best of its runs
    run_id: str | None = None  # the run that reached it
    epochs: int = 0  # epochs of that run
    rung: int = 0  # the highest rung it trained in
    seconds: float = 0.0  # all its runs together
    runs: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__) | {"runs": list(self.runs)}


@dataclass
class SearchResult:
    status: str  # "finished" | "out_of_time" | "cancelled"
    rows: list[LeaderboardRow]
    winner_id: str | None
    winner_run_id: str | None
    reason: SearchReason
    elapsed_s: float
    budget_s: float
    epochs_trained: int  # every epoch of every run

    def leaderboard(self) -> list[LeaderboardRow]:
        """The winner first, then by validation accuracy (those without one last)."""
        return sorted(self.rows, key=lambda r: (r.status != WINNER, r.val_accuracy is None,
                                                -(r.val_accuracy or 0.0),
                                                -r.rung, r.candidate_id))

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "winner": self.winner_id, "winner_run": self.winner_run_id,
                "reason": self.reason.to_dict(), "elapsed_s": round(self.elapsed_s, 1),
                "budget_s": self.budget_s, "epochs_trained": self.epochs_trained,
                "leaderboard": [row.to_dict() for row in self.leaderboard()]}


# --- training one candidate ---------------------------------------------------------------

class ProjectTrainer:
    """Trains a candidate into ``project.runs`` with ``run_training`` on a view of the
    project (the candidate's graph and image size; the project's runs and blobs)."""

    def __init__(self, project: Project, cache_root: str | Path, threads: int | None = None,
                 persist: Callable[[Project], None] | None = None) -> None:
        self.project, self.cache_root, self.threads = project, cache_root, threads
        self.persist = persist
        self._data: dict[tuple, Any] = {}  # decoded train/val pictures per image setting

    def _view(self, candidate: Candidate) -> Project:
        from dataclasses import replace

        from ..graph import Graph

        dataset = self.project.dataset
        image = replace(dataset.image, size=candidate.image_size)
        return Project(name=self.project.name, graph=Graph.from_dict(candidate.graph),
                       dataset=replace(dataset, image=image), training=self.project.training,
                       runs=self.project.runs, blobs=self.project.blobs)

    def __call__(self, candidate: Candidate, epochs: int, token: CancelToken,
                 on_event: EventCallback) -> RunRecord:
        from .features import frozen_backbone_split
        from .runner import load_training_data, prepared_graph, run_training

        view = self._view(candidate)
        data = None
        if frozen_backbone_split(prepared_graph(view)) is None:
            key = (candidate.image_size, view.dataset.image.color, view.dataset.image.resize)
            if key not in self._data:
                self._data = {key: load_training_data(view.dataset, self.cache_root, on_event, token)}
            data = self._data[key]
        persist = (lambda _view: self.persist(self.project)) if self.persist else None
        return run_training(view, self.cache_root, on_event, token, self.threads, persist=persist,
                            data=data, settings=candidate.training_settings(epochs))


# --- the search -----------------------------------------------------------------------------

def default_epochs(project: Project, settings: TrainingSettings) -> int:
    return settings.epochs or choose_epochs(len(project.dataset.items_in("train")))


def check_searchable(project: Project) -> None:
    """The errors ``train`` would give, and a validation split to rank on."""
    from .runner import prepared_graph

    prepared_graph(project)
    if not project.dataset.items_in("train"):
        raise LeptonError(P.NO_TRAINING_DATA)
    if not project.dataset.items_in("val"):
        raise LeptonError(P.SEARCH_NEEDS_VALIDATION)


class _Search:
    def __init__(self, project, settings, budget_s, trainer, costs, on_event, token, clock,
                 candidates) -> None:
        self.project, self.settings, self.budget_s = project, settings, budget_s
        self.trainer, self.costs, self.on_event = trainer, costs, on_event
        self.token, self.clock = token, clock
        self.started = clock()
        self.deadline = self.started + budget_s
        self.candidates = candidates
        self.rows = {c.id: LeaderboardRow(c.id, c.label, c.model_name, c.image_size, c.augment,
                                          c.learning_rate, c.is_default, c.params, c.size_mb)
                     for c in candidates}
        self.out_of_time = False
        self.epochs_trained = 0
        self.interrupted_run: str | None = None  # stopped by the caller: not a winner
        self.val_count = len(project.dataset.items_in("val"))

    def elapsed(self) -> float:
        return self.clock() - self.started

    def left(self) -> float:
        return self.deadline - self.clock()

    def run(self) -> SearchResult:
        cap = default_epochs(self.project, self.settings)
        default, challengers = self.candidates[0], self.candidates[1:]
        # Its own epochs even when the estimate says they take longer: estimates are
        # cautious, early stopping usually ends the run well before ``cap``, and the
        # deadline stops it with its best model kept.
        default_epochs_planned = cap
        self.on_event(SearchStarted(self.budget_s, tuple(c.info() for c in self.candidates),
                                    ((default_epochs_planned, 1),)))
        # 1. The default exactly as ``train`` runs it, with its own epochs: the search
        #    starts from what the user would get without it, and can only replace it.
        self._train(default, 1, default_epochs_planned)
        trying, reserve = self._plan_challengers(challengers, cap)
        # 2. The time left: successive halving over the challengers, from real costs.
        # 2. The time left: successive halving over the challengers, from real costs.
        alive, previous_epochs, number = list(trying), 0, 2
        while alive and not self.stopping():
            rung = self._replan(alive, cap, previous_epochs)
            if rung is None:
                break
            for candidate in alive[rung.size:]:
                self.rows[candidate.id].status = NOT_RUN
            alive = alive[:rung.size]
            for candidate in alive:
                if self.stopping():
                    break
                self._train(candidate, number, rung.epochs)
            previous_epochs = rung.epochs
            if self.stopping() or len(alive) <= 1:
                break
            trained = [c for c in alive if self.rows[c.id].rung == number
                       and self.rows[c.id].status != FAILED]
            sizes = rung_sizes(len(trained), final=1)
            if len(sizes) < 2:
                break
            alive = self._promote(trained, sizes[1], number)
            number += 1
        self._use_time_left(reserve, number, previous_epochs or default_epochs_planned)
        for row in self.rows.values():
            if row.status == WAITING:
                row.status = NOT_RUN
        return self._finish()

    def _plan_challengers(self, challengers: list[Candidate], cap: int
                          ) -> tuple[list[Candidate], list[Candidate]]:
        """Which challengers the time left after the default trains (the rest wait in
        reserve for time a cautious plan leaves over); their costs are measured only now,
        so a budget of one default training goes to the default."""
        if not challengers or self.stopping():
            return [], []
        self.costs.estimate(challengers)
        # A long setup (the feature pass of a pretrained backbone) only on a long budget.
        affordable = [c for c in challengers
                      if self.costs.cost(c.id).setup_s <= SETUP_SHARE * self.budget_s]
        costs = [self.costs.cost(c.id) for c in affordable]
        count, rungs = fit_candidates(costs, self.left(), cap, final_size=1) if affordable else (0, [])
        if rungs:
            self.on_event(ChallengersPlanned(tuple(c.id for c in affordable[:count]),
                                             tuple((r.epochs, r.size) for r in rungs)))
        return affordable[:count], affordable[count:]

    def _use_time_left(self, reserve: list[Candidate], rung: int, epochs: int) -> None:
        """Time left after the last rung (the plan is cautious): candidates that were
        not tried train at the last rung's epochs, as long as each fits, so they compete
        on equal terms with the finalists."""
        for candidate in reserve:
            if self.stopping() or epochs < 1:
                return
            if self.costs.cost(candidate.id).seconds(epochs) > self.left():
                continue
            self.on_event(CandidateAdded(candidate.info()))
            self._train(candidate, rung, epochs)

    def stopping(self) -> bool:
        if self.left() <= 0:
            self.out_of_time = True
        return self.token.cancelled or self.out_of_time

    def _replan(self, alive: list[Candidate], cap: int, previous_epochs: int) -> Rung | None:
        """The next rung of challengers from real costs and the time left (the best first,
        fewer of them if needed); None when not even one fits."""
        for count in range(len(alive), 0, -1):
            rungs = plan([self.costs.cost(c.id) for c in alive[:count]], self.left(), cap,
                         previous_epochs, final_size=1)
            if rungs is not None:
                return Rung(rungs[0].epochs, count)
        return None

    def _promote(self, trained: list[Candidate], size: int, rung: int) -> list[Candidate]:
        """The best ``size`` challengers by validation accuracy go on."""
        kept = sorted(trained, key=lambda c: -(self.rows[c.id].val_accuracy or 0.0))[:size]
        dropped = [c for c in trained if c not in kept]
        for candidate in dropped:
            self.rows[candidate.id].status = DROPPED
        self.on_event(RungFinished(rung, tuple(c.id for c in kept), tuple(c.id for c in dropped)))
        return kept

    def _train(self, candidate: Candidate, rung: int, epochs: int) -> None:
        row = self.rows[candidate.id]
        number, total = self.candidates.index(candidate) + 1, len(self.candidates)
        name = f"Search {number}/{total} · {candidate.label} · {epochs} epochs"
        row.status, row.rung = RUNNING, rung
        self.on_event(CandidateStarted(candidate.id, rung, epochs, name))
        run_token = CancelToken()
        began = self.clock()
        first_epoch_at: list[float] = []
        epochs_done: list[float] = []

        def on_event(event: Any) -> None:
            if self.token.cancelled or self.left() <= 0:
                run_token.cancel()
            if isinstance(event, EpochStarted) and not first_epoch_at:
                first_epoch_at.append(self.clock())
            elif isinstance(event, EpochEnded):
                epochs_done.append(self.clock())
                self.on_event(CandidateEpoch(candidate.id, rung, event.epoch, event.epochs,
                                             event.val_accuracy, self.elapsed(), self.budget_s))
            self.on_event(event)
            if self.token.cancelled or self.left() <= 0:
                run_token.cancel()  # at once, not at the run's next event

        try:
            run = self.trainer(candidate, epochs, run_token, on_event)
        except Cancelled:
            run = None
        except LeptonError as exc:
            run, row.status = None, FAILED
            self.on_event(exc.problem)
        seconds = self.clock() - began
        row.seconds += seconds
        if first_epoch_at and epochs_done:
            self.costs.observe(candidate.id, first_epoch_at[0] - began,
                               (epochs_done[-1] - first_epoch_at[0]) / len(epochs_done))
        self.epochs_trained += len(epochs_done)
        if run is not None:
            run.name = name
            run.settings["search"] = {"candidate": candidate.id, "rung": rung, "number": number,
                                      "total": total, "default": candidate.is_default,
                                      "label": candidate.label, "settings": dict(candidate.settings)}
            row.runs.append(run.id)
            if run.status == "failed":
                row.status = FAILED
            else:
                row.status = STOPPED if run.status == "stopped" else DONE
                if run.status == "stopped" and self.token.cancelled:
                    self.interrupted_run = run.id
                elif run.best_val_accuracy is not None and (
                        row.val_accuracy is None or run.best_val_accuracy >= row.val_accuracy):
                    row.val_accuracy, row.run_id = run.best_val_accuracy, run.id
                    row.epochs = len(run.history)  # trained, not planned
        elif row.status != FAILED:
            row.status = STOPPED
        self.on_event(CandidateFinished(candidate.id, rung, run.id if run else None,
                                        run.status if run else row.status,
                                        run.best_val_accuracy if run else None,
                                        len(epochs_done), seconds, self.elapsed(), self.budget_s))

    def _finish(self) -> SearchResult:
        ranked = [r for r in self.rows.values() if r.val_accuracy is not None and r.run_id]
        ranked.sort(key=lambda r: (-r.val_accuracy, not r.is_default, r.params))
        default = next((r for r in ranked if r.is_default), None)
        winner = ranked[0] if ranked else None
        if default is not None and winner is not None and not winner.is_default:
            # The best of several challengers is flattered by chance on a small validation
            # split: it replaces the default only by a clear margin.
            if winner.val_accuracy - default.val_accuracy < required_gain(self.val_count):
                winner = default
        if winner is not None:
            winner.status = WINNER
        status = "cancelled" if self.token.cancelled else "out_of_time" if self.out_of_time else "finished"
        return SearchResult(status, list(self.rows.values()), winner.candidate_id if winner else None,
                            winner.run_id if winner else None, self._reason(winner),
                            self.elapsed(), self.budget_s, self.epochs_trained)

    def _reason(self, winner: LeaderboardRow | None) -> SearchReason:
        seconds = round(self.elapsed())
        if winner is None:
            return SearchReason("search_no_winner", {"seconds": seconds})
        values = {"model": winner.model, "size": winner.image_size,
                  "accuracy": round(100 * winner.val_accuracy, 1), "seconds": seconds}
        default = next((r for r in self.rows.values() if r.is_default), None)
        tried = sum(1 for r in self.rows.values() if r.runs and not r.is_default)
        if winner.is_default:
            code = "search_default_best" if tried else "search_default_only"
            return SearchReason(code, values | {"tried": tried})
        if default is None or default.val_accuracy is None:
            return SearchReason("search_winner", values)
        gain = round(100 * (winner.val_accuracy - default.val_accuracy), 1)
        return SearchReason("search_beat_default", values | {"gain": gain, "default": default.model})


def required_gain(val_count: int) -> float:
    """Validation accuracy a challenger must gain over the default to replace it: two
    pictures of the validation split, and at least ``MIN_GAIN``."""
    return max(MIN_GAIN, MIN_GAIN_PICTURES / max(1, val_count))


def run_search(project: Project, cache_root: str | Path | None = None, budget_s: float = 300.0,
               on_event: EventCallback = ignore_event, token: CancelToken | None = None,
               threads: int | None = None, persist: Callable[[Project], None] | None = None,
               settings: TrainingSettings | None = None, trainer: Trainer | None = None,
               cost_model: CostModel | None = None, clock: Callable[[], float] = time.monotonic,
               candidates: list[Candidate] | None = None, transfer: bool | None = None,
               apply: bool = True) -> SearchResult:
    """Search for ``budget_s`` seconds; the runs go into ``project.runs``.

    ``settings`` are the default candidate's (``project.training`` if None). ``trainer``,
    ``cost_model``, ``clock`` and ``candidates`` are replaceable (tests count epochs
    with them). ``apply``: make the winner the project's model (``apply_winner``).
    ``persist(project)`` is called when a run has a new best model and after each run.
    """
    settings = settings or project.training
    token = token or CancelToken()
    check_searchable(project)
    if candidates is None:
        candidates = propose_candidates(project, settings, transfer)
    if trainer is None:
        if cache_root is None:
            from .. import paths

            cache_root = paths.cache_dir() / "images"
        trainer = ProjectTrainer(project, cache_root, threads, persist)
    if cost_model is None:
        from .device import resolve_device

        dataset = project.dataset
        cost_model = ProbeCosts(len(dataset.items_in("train")), len(dataset.items_in("val")),
                                resolve_device(settings.device), threads,
                                time_limit_s=PROBE_SHARE * budget_s, clock=clock)
    search = _Search(project, settings, budget_s, trainer, cost_model, on_event, token, clock,
                     candidates)
    result = search.run()
    if apply and result.winner_run_id is not None:
        apply_winner(project, result)
    if persist is not None:
        persist(project)
    on_event(SearchFinished(result))
    return result


def apply_winner(project: Project, result: SearchResult) -> None:
    """The winner becomes the project's selected run, graph, training and image settings,
    so Evaluate, Export and a retrain use it."""
    run = project.run(result.winner_run_id)
    if run is None:
        return
    # Through the project's edit methods: whoever listens (the open window) sees each change.
    project.choose_run(run.id)
    if run.graph:
        project.graph.load_dict(run.graph)  # in place
    project.replace_training(winner_settings(project, run))
    image = run.settings.get("image")
    if image and project.dataset is not None:
        project.set_image_settings(ImageSettings.from_dict(image))


def winner_settings(project: Project, run: RunRecord) -> TrainingSettings:
    """The settings that retrain the winning run: its candidate's (with "auto" where the
    candidate had it) and its epoch count, kept on "auto" when auto gives the same."""
    search = run.settings.get("search", {})
    settings = TrainingSettings.from_dict(search.get("settings", project.training.to_dict()))
    epochs = run.settings.get("epochs")
    if project.training.epochs is None and epochs == choose_epochs(len(project.dataset.items_in("train"))):
        epochs = None
    settings.epochs = epochs
    return settings
