-- Kept Idempotency-Key answers are read back by the name of their class, and three answer classes were renamed:
-- the answers kept under the old names are renamed with them, so a retry across the upgrade answers as the first
-- time did. The application's answer now names the tally's votes in favour "for", as clients read them.
UPDATE idempotency_key SET answer_type = 'org.allianceledger.command.AllianceVersion'
 WHERE answer_type = 'org.allianceledger.command.alliance.Recorded';
UPDATE idempotency_key SET answer_type = 'org.allianceledger.command.deals.RecordedDeal'
 WHERE answer_type = 'org.allianceledger.command.deals.DealDesk$DealAnswer';
UPDATE idempotency_key kept
   SET answer_type = 'org.allianceledger.command.membership.ApplicationStanding',
       answer = convert_to(jsonb_set(old.answer, '{tally}', (old.answer -> 'tally') - 'inFavour'
                                     || jsonb_build_object('for', old.answer #> '{tally,inFavour}'))::text, 'UTF8')
  FROM (SELECT caller, request, idempotency_key, convert_from(answer, 'UTF8')::jsonb AS answer
          FROM idempotency_key
         WHERE answer_type = 'org.allianceledger.command.membership.ApplicationAnswer') old
 WHERE (kept.caller, kept.request, kept.idempotency_key) = (old.caller, old.request, old.idempotency_key);
