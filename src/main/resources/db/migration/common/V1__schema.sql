-- Khabar's schema, the same for H2 and PostgreSQL (Flyway owns it; Hibernate only validates it at startup).
-- Every corpus row carries the generation (corpus load) it belongs to; a load writes a new generation beside the
-- served one and switches by inserting its ingestion row.
-- Types mean the same on both; ${long_text} is the one word that differs (clob on H2, text on PostgreSQL: what
-- Hibernate maps a String longer than a varchar to on each), set by quarkus.flyway.placeholders.long_text.

create sequence page_seq start with 1 increment by 100;
create sequence story_seq start with 1 increment by 500;
create sequence person_seq start with 1 increment by 200;
create sequence mention_seq start with 1 increment by 500;
create sequence relation_seq start with 1 increment by 1000;
create sequence co_mention_seq start with 1 increment by 1000;

create table ingestion (
    generation bigint not null,
    finishedAt timestamp(6) with time zone not null,
    source varchar(2000) not null,
    pagesLoaded integer not null,
    storiesLoaded integer not null,
    peopleLoaded integer not null,
    durationMs bigint not null,
    skippedFileNames varchar(1000000) not null,
    skippedReasons varchar(1000000) not null,
    primary key (generation)
);

create table page (
    id bigint not null,
    generation bigint not null,
    pageKey varchar(32) not null,
    fileName varchar(1000) not null,
    contentHash varchar(64) not null,
    warnings varchar(100000) not null,
    listRank integer not null,
    primary key (id),
    constraint page_key unique (generation, pageKey)
);

create table story (
    id bigint not null,
    generation bigint not null,
    storyKey varchar(48) not null,
    page_id bigint not null,
    ordinal integer not null,
    kind varchar(16) not null,
    title varchar(2000) not null,
    titleDerived boolean not null,
    publishedAt date,
    paragraphs ${long_text} not null,
    sources varchar(10000) not null,
    tags varchar(10000) not null,
    -- normalised words of title and text, each also without its clitic prefix, space-framed: written at load time
    searchText ${long_text} not null,
    listRank integer not null,
    primary key (id),
    constraint story_key unique (generation, storyKey)
);

create table person (
    id bigint not null,
    generation bigint not null,
    personKey varchar(64) not null,
    name varchar(500) not null,
    nameLatin varchar(500),
    aliases varchar(20000) not null,
    roles varchar(20000) not null,
    storyCount integer not null,
    -- transliteration keys of every word of every alias, space-framed: written at load time
    searchKeys varchar(40000) not null,
    listRank integer not null,
    primary key (id),
    constraint person_key unique (generation, personKey)
);

create table mention (
    id bigint not null,
    generation bigint not null,
    story_id bigint not null,
    person_id bigint not null,
    mentionCount integer not null,
    surfaceForms varchar(10000) not null,
    roles varchar(10000) not null,
    spans varchar(100000) not null,
    rankInStory integer not null,
    storyRank integer not null,
    primary key (id)
);

create table relation (
    id bigint not null,
    generation bigint not null,
    story_id bigint not null,
    related_id bigint not null,
    relatedRank integer not null,
    score double precision not null,
    reasons varchar(200) not null,
    sharedPersonIds varchar(10000) not null,
    primary key (id)
);

create table co_mention (
    id bigint not null,
    generation bigint not null,
    person_id bigint not null,
    other_id bigint not null,
    sharedStories integer not null,
    coMentionRank integer not null,
    primary key (id)
);

create index page_rank on page (generation, listRank);
create index story_page on story (page_id, ordinal);
create index story_rank on story (generation, listRank);
create index story_kind_rank on story (generation, kind, listRank);
create index person_rank on person (generation, listRank);
create index mention_story on mention (story_id, rankInStory);
create index mention_person on mention (person_id, storyRank);
create index relation_story on relation (story_id, relatedRank);
create index co_mention_person on co_mention (person_id, coMentionRank);
-- deleting a retired generation checks every foreign key that points at its rows: index the other two as well
-- (H2 indexes foreign keys by itself; PostgreSQL does not)
create index relation_related on relation (related_id);
create index co_mention_other on co_mention (other_id);

alter table story add constraint story_page_fk foreign key (page_id) references page (id);
alter table mention add constraint mention_story_fk foreign key (story_id) references story (id);
alter table mention add constraint mention_person_fk foreign key (person_id) references person (id);
alter table relation add constraint relation_story_fk foreign key (story_id) references story (id);
alter table relation add constraint relation_related_fk foreign key (related_id) references story (id);
alter table co_mention add constraint co_mention_person_fk foreign key (person_id) references person (id);
alter table co_mention add constraint co_mention_other_fk foreign key (other_id) references person (id);
