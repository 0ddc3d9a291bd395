export {
  RuleTester,
  runRule,
  assertDiagnostics,
  type TestDocument,
  type ExpectedDiagnostic,
  type ExpectedLocation,
  type ValidCase,
  type InvalidCase,
  type TestFramework,
} from './rule-tester.js';
