"""What only runs on a laptop: the job runner and bundle reader, the `dbutils` stand-in, the
local endpoint (serving proxy and its processes) and the local home."""
