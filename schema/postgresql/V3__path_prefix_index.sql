-- PostgreSQL only: "this unit and its subordinates" is path LIKE '/12/345/%'. A plain b-tree serves such
-- prefixes only under the C collation; varchar_pattern_ops serves them under any. (H2 uses its own index.)
create index unit_path_prefix_idx on unit (path varchar_pattern_ops);
