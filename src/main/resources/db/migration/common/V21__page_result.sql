-- Per-page results kept between loads (app.khabar.pipeline.PageResultStore): a page's reading and its stories'
-- recognised names, gzipped, by the SHA-256 of the page's bytes and the extractor version that made them. A load
-- reads and recognises only the files it finds no result for; rows of other extractor versions and of files no
-- longer in the corpus are deleted after each load. ${long_bytes}: varbinary on H2, bytea on PostgreSQL.
create table page_result (
    contentHash varchar(64) not null,
    extractorVersion varchar(100) not null,
    result ${long_bytes} not null,
    primary key (contentHash, extractorVersion)
);
