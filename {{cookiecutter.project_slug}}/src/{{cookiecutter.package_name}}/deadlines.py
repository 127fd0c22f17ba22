"""One time budget shared by the waits of a task step, so their sum stays within the task.

A task's waits (an update already in progress, a build, a traffic switch; an endpoint coming
online, a running sync, the sync) are each bounded, but a budget per wait lets their sum exceed
the task's own timeout: the platform would then kill the task before our error (and, in task 4,
before the rollback). Each wait takes what the earlier ones left.
"""

import time
from datetime import timedelta


class Deadline:
    def __init__(self, seconds: float, parameter: str) -> None:
        self.seconds = seconds
        # The job parameter that sets the budget, for the messages of the waits that run out.
        self.parameter = parameter
        self._end = time.monotonic() + seconds

    def remaining(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def remaining_timedelta(self) -> timedelta:
        """For the SDK's waiters, which take a timedelta."""
        return timedelta(seconds=self.remaining())

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self._end

    def describe(self) -> str:
        return f"{self.parameter} ({self.seconds:.0f}s, shared by every wait of this step)"
