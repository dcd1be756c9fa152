-- The published files of each publication (公开): disclosure.json, .html, .pdf, .xlsx and the CSV tables (csv.zip),
-- written in the same transaction as the bf_publication record, so a publication is whole or absent.
create table bf_publication_file (
    budget_year     integer      not null,
    department_code varchar(16)  not null,
    budget_version  integer      not null,
    file_name       varchar(64)  not null,
    content_type    varchar(128) not null,
    sha256          varchar(64)  not null,
    byte_size       integer      not null,
    content         bytea        not null,
    constraint pk_bf_publication_file primary key (budget_year, department_code, budget_version, file_name),
    constraint fk_bf_publication_file_publication foreign key (budget_year, department_code, budget_version)
        references bf_publication (budget_year, department_code, budget_version)
);
