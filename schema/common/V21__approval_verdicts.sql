-- Issue 21, items 4 and 5: opinions with a verdict (同意 / 不同意) and the account that entered them, so a 不同意 blocks
-- the approval and no account gives two of the three steps; the approving unit (审批单位) of a decision, and the unit
-- (and person) a case of 审批把关不严 is charged to, instead of the traveller.
alter table travel_application add column unit_verdict varchar(10);
alter table travel_application add column unit_opinion_account varchar(100);
alter table travel_application add column discipline_verdict varchar(10);
alter table travel_application add column discipline_opinion_account varchar(100);
alter table travel_application add column approving_unit_id bigint references unit (id);

-- the opinions on record were free text: one beginning with 不同意 (or 不予同意) disagreed, any other agreed
update travel_application set unit_verdict = case when unit_opinion like '不同意%' or unit_opinion like '不予同意%'
    then 'DISAGREE' else 'AGREE' end where unit_opinion is not null;
update travel_application set discipline_verdict = case when discipline_opinion like '不同意%' or discipline_opinion like '不予同意%'
    then 'DISAGREE' else 'AGREE' end where discipline_opinion is not null;

alter table travel_case add column responsible_unit_id bigint references unit (id);
alter table travel_case add column responsible_person_id bigint references person (id);
