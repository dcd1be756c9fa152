-- The congress review book (提交人代会审查的部门预算绩效目标表) of each congress review: book.json, .pdf and .xlsx,
-- generated when the review opens and attached to its 人大审查批准 task.
create table bf_congress_book_file (
    budget_year      integer                  not null,
    congress_session integer                  not null,
    file_name        varchar(64)              not null,
    content_type     varchar(128)             not null,
    sha256           varchar(64)              not null,
    byte_size        integer                  not null,
    content          bytea                    not null,
    created_at       timestamp with time zone not null,
    constraint pk_bf_congress_book_file primary key (budget_year, congress_session, file_name),
    constraint fk_bf_congress_book_file_cycle foreign key (budget_year) references bf_cycle (budget_year)
);
