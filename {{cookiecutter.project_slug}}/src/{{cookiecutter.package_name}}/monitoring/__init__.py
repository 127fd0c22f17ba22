"""Monitoring of the serving endpoint: metrics per time window from the inference table (the
endpoint's on Databricks, the local endpoint's log here), thresholds, a local report, and MLflow 3
production scorers on the experiment's traces."""
