export { studySchema, protocolSection } from './study';
export {
  fieldInfoAt,
  schemaAt,
  childSchema,
  objectShape,
  metaOf,
  pointerSegments,
  unwrapOptional,
  type FieldInfo,
  type FieldKind,
} from './fieldInfo';
export {
  fieldRegistry,
  describeRequirement,
  type FieldMeta,
  type FieldFormat,
  type Requirement,
  type RequirementCode,
  type RequirementContext,
  type StudyTypeCode,
} from './meta';
export { ENUMS, enumLabel, type EnumName, type EnumValueInfo } from './enums';
export { FINAL_RULE_DATE, earliestDay, registryLength } from './formats';
