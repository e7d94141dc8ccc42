"""What the domain test files share: the guidelines' twenty domain codes."""

from __future__ import annotations

CODES = {
    "CBRN", "WMD", "EOD", "C-IED", "C-UAS", "BORDER", "INTEL", "CYBER", "MARITIME", "AVIATION",
    "SALW", "FINANCING", "CEP", "NARCOTICS", "BIOMETRICS", "CIP", "TRAINING", "CAPACITY",
    "MISSILE", "SCITECH",
}  # fmt: skip
