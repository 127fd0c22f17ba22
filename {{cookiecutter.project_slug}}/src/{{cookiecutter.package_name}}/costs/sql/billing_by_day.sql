-- The project's daily list-price cost per product, from the account's billing system tables.
-- Run in Databricks SQL with the named parameters :project and :target (the bundle's
-- presets.tags, databricks.yml), :serving_endpoint and :vector_search_endpoint (the endpoint
-- names of the target) and :days (how far back).
--
-- Sources (read 2026-11-29):
--   system.billing.usage: usage_date, usage_end_time, sku_name, cloud, usage_unit,
--     usage_quantity, custom_tags, usage_metadata.endpoint_name, billing_origin_product
--     https://docs.databricks.com/aws/en/admin/system-tables/billing
--   system.billing.list_prices: price_start_time, price_end_time (NULL while current), sku_name,
--     cloud, currency_code, usage_unit, pricing.effective_list.default (the list price the cost
--     is computed with, a string: cast it)
--     https://docs.databricks.com/en/admin/system-tables/pricing.html
--   Serving endpoint tags propagate to custom_tags:
--     https://community.databricks.com/t5/technical-blog/attributing-costs-in-databricks-model-serving/ba-p/64818
--   Serverless job usage carries in custom_tags only the tags of a serverless budget (usage)
--     policy, never the job's own; usage_metadata.job_id names the job:
--     https://docs.databricks.com/aws/en/admin/system-tables/serverless-billing
--   system.lakeflow.jobs: workspace_id, job_id, tags (the job's tags), change_time; a new row per
--     change of a job (its schema must be enabled and readable, like system.billing):
--     https://docs.databricks.com/aws/en/admin/system-tables/jobs
-- Attribution: the jobs carry the project/target tags (presets.tags): a job cluster's usage has
-- them in custom_tags, serverless usage is matched to its job's tags in system.lakeflow.jobs;
-- the serving endpoint carries them too (deployment/endpoint.py); the Vector Search endpoint
-- takes no tags in the bundle, so it is found by usage_metadata.endpoint_name. Never by sku_name
-- alone: Vector Search shares the serving SKU family.
SELECT
  u.usage_date,
  u.billing_origin_product,
  l.currency_code,
  SUM(u.usage_quantity) AS usage_quantity,
  SUM(u.usage_quantity * CAST(l.pricing.effective_list.default AS DECIMAL(30, 15))) AS list_cost
FROM system.billing.usage AS u
JOIN system.billing.list_prices AS l
  ON u.sku_name = l.sku_name
  AND u.cloud = l.cloud
  AND u.usage_unit = l.usage_unit
  AND u.usage_end_time >= l.price_start_time
  AND (l.price_end_time IS NULL OR u.usage_end_time < l.price_end_time)
-- One row per job (its latest tags), so the join adds no usage row.
LEFT JOIN (
  SELECT workspace_id, job_id, MAX_BY(tags, change_time) AS tags
  FROM system.lakeflow.jobs
  GROUP BY workspace_id, job_id
) AS j
  ON u.workspace_id = j.workspace_id AND u.usage_metadata.job_id = j.job_id
WHERE u.usage_date >= DATE_SUB(CURRENT_DATE(), :days)
  AND (
    (u.custom_tags['project'] = :project AND u.custom_tags['target'] = :target)
    OR (j.tags['project'] = :project AND j.tags['target'] = :target)
    OR u.usage_metadata.endpoint_name IN (:serving_endpoint, :vector_search_endpoint)
  )
GROUP BY u.usage_date, u.billing_origin_product, l.currency_code
ORDER BY u.usage_date, u.billing_origin_product
