-- Daily requests and tokens of the Foundation Model endpoints the chain calls (the job's
-- :llm_endpoint and :embedding_endpoint), from the usage tracking system tables.
-- Filled only for endpoints with AI Gateway usage tracking on; readable by account admins only
-- unless they grant access. Pay-per-token endpoints are shared by the workspace: these rows are
-- every caller's, not only this project's.
-- Token counts are estimated as (characters + 1) / 4 where the model returns none.
--
-- Sources (platform-notes section 5; read 2026-11-29):
--   system.serving.endpoint_usage: served_entity_id, request_time, status_code,
--     input_token_count, output_token_count
--   system.serving.served_entities: served_entity_id, endpoint_name
--   https://docs.databricks.com/aws/en/admin/system-tables/serving
SELECT
  CAST(u.request_time AS DATE) AS usage_date,
  e.endpoint_name,
  COUNT(*) AS requests,
  SUM(CASE WHEN u.status_code >= 400 THEN 1 ELSE 0 END) AS errors,
  SUM(u.input_token_count) AS input_tokens,
  SUM(u.output_token_count) AS output_tokens
FROM system.serving.endpoint_usage AS u
-- served_entities keeps a row per configuration change: one per entity and endpoint here.
JOIN (SELECT DISTINCT served_entity_id, endpoint_name FROM system.serving.served_entities) AS e
  ON u.served_entity_id = e.served_entity_id
WHERE u.request_time >= DATE_SUB(CURRENT_DATE(), :days)
  AND e.endpoint_name IN (:llm_endpoint, :embedding_endpoint)
GROUP BY CAST(u.request_time AS DATE), e.endpoint_name
ORDER BY usage_date, e.endpoint_name
