-- Budget departments (部门) known to BudgetFlow; each has the Camunda group dept<code>.
-- Owned by the identity module (org.budgetflow.identity.DepartmentDirectory); V1-V99 belong to the workflow module.
create table bf_department (
    code varchar(16)  not null,
    name varchar(200) not null,
    constraint pk_bf_department primary key (code)
);
