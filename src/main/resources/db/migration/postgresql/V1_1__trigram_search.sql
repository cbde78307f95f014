-- PostgreSQL only: trigram indexes that serve the search filters (articles(search:) is searchText LIKE '% word%',
-- people(name:) is searchKeys LIKE '% key %'). pg_trgm is a trusted extension: the database owner may create it.
-- Arabic letters count as word characters only under a UTF-8 ctype (e.g. initdb --locale=C.UTF-8), not under C.
create extension if not exists pg_trgm;
create index story_search on story using gin (searchText gin_trgm_ops);
create index person_search on person using gin (searchKeys gin_trgm_ops);
