"""Model check-ups before switching: a model is put through scripted scenarios (identity, recall,
contradiction, painful memory, enrichment fidelity), in French and in English, against a throwaway
companion built from each scenario, with the real chat and review code. Results are kept per model in
the ledger (store/checkups.py). No Qt: ui/checkup_window.py is a thin adapter; `liblitz check-model`."""
from .errors import CheckupError, NoScenario, ScenarioError
from .run import CheckupOutcome, CheckupRequest, installed_model, run_checkup
from .runner import check_model, run_scenario
from .scenario import Expectation, SampleMemory, Scenario, ScenarioBook, load_scenarios, read_scenario, scenario_folders
from .verdict import asks, judge_flags, judge_replies, said

__all__ = [
    "CheckupError", "CheckupOutcome", "CheckupRequest", "Expectation", "NoScenario", "SampleMemory", "Scenario",
    "ScenarioBook", "ScenarioError", "asks", "check_model", "installed_model", "judge_flags", "judge_replies",
    "load_scenarios", "read_scenario", "run_checkup", "run_scenario", "said", "scenario_folders",
]
