/** For tests of checks that take a RuleBook without a database: the shipped base values. */
import { ruleBook, type RuleBook } from './service';

export function shippedRuleBook(): RuleBook {
  return ruleBook([
    { rule: 'member.minJoinAge', validFrom: null, value: 15 },
    { rule: 'member.minPartyAge', validFrom: null, value: 18 },
  ]);
}
