-- What a load was made of and with: a restart on a persistent database whose corpus files, extractor (rules and word
-- lists) and related-stories setting are all unchanged serves the recorded generation without extracting it again.
-- Null for loads made before this migration or through a non-standard pipeline: those are never reused.
alter table ingestion add column extractorVersion varchar(100);
alter table ingestion add column relatedPerStory integer;
alter table ingestion add column corpusFingerprint varchar(64);
