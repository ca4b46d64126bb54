"""The exit codes of `run_bot.py`, in one place: the CLI returns them and the bot reads them from the
reindex it runs as a child process (bot/service.py), so neither has to import the other."""

#: Bad usage or settings (a missing or rejected token included): fixing the command or .env helps.
EXIT_USAGE = 2
#: Another reindex holds the lock.
EXIT_BUSY = 3
#: The index cannot be used (and could not be rebuilt), or Discord stayed out of reach for every attempt allowed.
EXIT_UNAVAILABLE = 4
#: A reindex failed (disk full, folder missing); the previous index stays in use.
EXIT_FAILED = 5
