"""Tasks: outline items of the task-setting sections. (Placeholder; being written.)"""

from __future__ import annotations

from loaders.records import Task


def extract_tasks(paragraphs: list[str]) -> tuple[list[Task], list[str]]:
    return [], []
