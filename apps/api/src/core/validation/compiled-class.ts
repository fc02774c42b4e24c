import { TransformationType, type TransformMetadata, type TypeMetadata } from 'class-transformer';
import { defaultOptions } from 'class-transformer/cjs/constants/default-options.constant';
import { defaultMetadataStorage as transformerStorage } from 'class-transformer/cjs/storage';
import {
  getMetadataStorage,
  ValidationTypes,
  type MetadataStorage,
  type ValidationArguments,
  type ValidatorConstraintInterface,
} from 'class-validator';

type Json = Record<string, unknown>;
type Metadata = ReturnType<MetadataStorage['getTargetValidationMetadatas']>[number];
export type Constructor<T extends object = object> = new () => T;

interface Check {
  metadata: Metadata;
  validators: ValidatorConstraintInterface[];
}

interface PropertyPlan {
  /** @ValidateIf conditions: the property is validated only when all of them hold. */
  conditions: ((object: object, value: unknown) => boolean)[];
  checks: Check[];
  nested: boolean;
  /** Whether an untyped JSON object may stand for class-transformer's copy of it (only `isObject` looks at it). */
  shallowObject: boolean;
  type: TypeMetadata | undefined;
  transforms: TransformMetadata[];
}

interface ClassPlan {
  target: Constructor;
  /** `target.name`, read once: a function's name is a getter, slow enough to show on 2,000-op batches. */
  targetName: string;
  properties: Map<string, PropertyPlan>;
  /** The same properties as an array, walked by check() without an iterator entry per property. */
  propertyList: readonly { name: string; property: PropertyPlan }[];
}

/** Types that class-transformer converts values to instead of copying them: not handled here. */
const CONVERTED_TYPES: ReadonlySet<unknown> = new Set<unknown>([String, Number, Boolean, Date, Buffer, Map, Set, Array, Object, Promise]);

const plans = new Map<unknown, ClassPlan | null>();

function planOf(target: unknown): ClassPlan | null {
  let plan = plans.get(target);
  if (plan === undefined) {
    plan = typeof target === 'function' ? compile(target as Constructor) : null;
    plans.set(target, plan);
  }
  return plan;
}

/** Reads both libraries' metadata for `target` once; null when it uses a feature the plan does not model. */
function compile(target: Constructor): ClassPlan | null {
  const validation = getMetadataStorage();
  const metadatas = validation.getTargetValidationMetadatas(target, '', false, false, undefined);
  // forbidUnknownValues refuses an object whose class has no validation at all.
  if (metadatas.length === 0) return null;
  if (
    transformerStorage.getStrategy(target) !== 'none' ||
    transformerStorage.getExposedMetadatas(target).length > 0 ||
    transformerStorage.getExcludedMetadatas(target).length > 0
  ) {
    return null;
  }
  const blank = new target() as Json;
  const properties = new Map<string, PropertyPlan>();
  for (const [name, list] of Object.entries(validation.groupByPropertyName(metadatas))) {
    // class-transformer skips these keys, or keys that the prototype owns.
    if (name === '__proto__' || name === 'constructor' || Object.getOwnPropertyDescriptor(target.prototype, name) || blank[name] !== undefined) {
      return null;
    }
    const property: PropertyPlan = { conditions: [], checks: [], nested: false, shallowObject: true, type: undefined, transforms: [] };
    for (const metadata of list) {
      if (typeof metadata.target !== 'function' || metadata.each || metadata.always !== undefined || (metadata.groups?.length ?? 0) > 0) {
        return null;
      }
      switch (metadata.type) {
        case ValidationTypes.CONDITIONAL_VALIDATION:
          property.conditions.push(metadata.constraints[0] as PropertyPlan['conditions'][number]);
          break;
        case ValidationTypes.NESTED_VALIDATION:
          property.nested = true;
          property.shallowObject = false;
          break;
        case ValidationTypes.WHITELIST:
          break;
        case ValidationTypes.IS_DEFINED:
        case ValidationTypes.CUSTOM_VALIDATION: {
          const constraints = validation.getTargetValidatorConstraints(metadata.constraintCls);
          // validateSync skips asynchronous constraints.
          const sync = constraints.filter((c) => !c.async);
          if (sync.some((c) => c.name !== 'isObject')) property.shallowObject = false;
          property.checks.push({ metadata, validators: sync.map((c) => c.instance) });
          break;
        }
        default:
          return null;
      }
    }
    const type = transformerStorage.findTypeMetadata(target, name);
    if (type && (type.options?.discriminator || typeof type.typeFunction !== 'function')) return null;
    property.type = type;
    property.transforms = transformerStorage
      .findTransformMetadatas(target, name, TransformationType.PLAIN_TO_CLASS)
      .filter((t) => !t.options?.groups?.length);
    properties.set(name, property);
  }
  return { target, targetName: target.name, properties, propertyList: [...properties].map(([name, property]) => ({ name, property })) };
}

/** class-transformer's `plainToInstance(plan.target, raw)`, or null where the result might differ. */
function build(plan: ClassPlan, raw: Json): Json | null {
  const result = new plan.target() as Json;
  for (const key of Object.keys(raw)) {
    const property = plan.properties.get(key);
    // An unknown key fails the whitelist; the full validation names it.
    if (!property) return null;
    let value = raw[key];
    if (Array.isArray(value)) return null;
    const type: unknown = property.type?.typeFunction({ newObject: result, object: raw, property: key });
    if (type !== undefined && CONVERTED_TYPES.has(type)) return null;
    if (typeof value === 'object' && value !== null) {
      if (type !== undefined) {
        const nested = planOf(type);
        value = nested && build(nested, value as Json);
        if (value === null) return null;
      } else if (!property.shallowObject || Object.getPrototypeOf(value) !== Object.prototype) {
        return null;
      }
    }
    for (const transform of property.transforms) {
      value = transform.transformFn({ value, key, obj: raw, type: TransformationType.PLAIN_TO_CLASS, options: defaultOptions });
    }
    result[key] = value;
  }
  return result;
}

/** Whether validateSync (whitelist, forbidNonWhitelisted, forbidUnknownValues, no groups) finds no error. */
function check(plan: ClassPlan, object: Json): boolean {
  properties: for (const { name, property } of plan.propertyList) {
    const value = object[name];
    for (const condition of property.conditions) if (!condition(object, value)) continue properties;
    for (const { metadata, validators } of property.checks) {
      if (metadata.validateIf && !metadata.validateIf(object, value)) continue;
      const args: ValidationArguments = {
        targetName: plan.targetName,
        property: metadata.propertyName,
        object,
        value,
        constraints: metadata.constraints,
      };
      for (const validator of validators) {
        if (validator.validate(value, args) !== true) return false;
      }
    }
    if (property.nested && value !== undefined) {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Set || value instanceof Map) return false;
      const nested = planOf(value.constructor);
      if (!nested || !check(nested, value as Json)) return false;
    }
  }
  return true;
}

/**
 * `plainToInstance` followed by `validateSync`, for JSON that passes: both libraries' decorators are
 * read once per class and their own validator constraints run on every value, without building a
 * ValidationError per property. Returns the instance when validateSync would report nothing, and
 * null otherwise — or whenever the input or the class uses something not modelled here (arrays,
 * unknown keys, groups, `each`, …). Callers then run the libraries themselves, which also produce the
 * errors, so null never means "invalid", only "ask class-validator".
 */
export function acceptValid<T extends object>(target: Constructor<T>, raw: Json): T | null {
  const plan = planOf(target);
  if (!plan) return null;
  const instance = build(plan, raw);
  return instance !== null && check(plan, instance) ? (instance as T) : null;
}
