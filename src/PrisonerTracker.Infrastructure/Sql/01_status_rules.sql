-- The status rules' two lookups, as in PrisonerTracker.Domain.Status.StatusRules
-- (a test compares them with the C# rules on random histories).
CREATE OR REPLACE FUNCTION confidence_rank(c text) RETURNS int
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE c WHEN 'Claimed' THEN 0 WHEN 'Reported' THEN 1 WHEN 'Verified' THEN 2 WHEN 'Confirmed' THEN 3 END $$;

-- The status a counted event leaves a person in (NULL when no event counts).
CREATE OR REPLACE FUNCTION status_after(kind text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT CASE kind
        WHEN 'ReleasedConditional' THEN 'ReleasedConditional'
        WHEN 'ReleasedFull' THEN 'ReleasedFull'
        WHEN 'WhereaboutsUnknown' THEN 'WhereaboutsUnknown'
        WHEN 'DiedInCustody' THEN 'Deceased'
        ELSE CASE WHEN kind IS NULL THEN NULL ELSE 'Held' END END $$;
