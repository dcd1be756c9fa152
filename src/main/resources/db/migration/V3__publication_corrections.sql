-- A corrected re-publication (更正公开) publishes a later version; the earlier publication stays, superseded.
-- The reason of the correction is public: it is shown next to the superseded version.
alter table bf_publication add column correction_reason varchar(1000);
