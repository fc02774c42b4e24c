import { Type } from 'class-transformer';
import { IsInt, IsString, Max, MaxLength, ValidateNested, validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { flattenValidationErrors } from './validation-errors';

class Point {
  @IsInt() x!: number;
}

class Item {
  @IsString() @MaxLength(3) name!: string;
  @IsInt() @Max(2) emotion!: number;
  @ValidateNested() @Type(() => Point) position!: Point;
}

class Body {
  @ValidateNested({ each: true }) @Type(() => Item) items!: Item[];
}

describe('flattenValidationErrors', () => {
  it('joins nested properties and array indexes into dotted paths', () => {
    const body = plainToInstance(Body, {
      items: [
        { name: 'ok', emotion: 1, position: { x: 1 } },
        { name: 'too long', emotion: 5, position: { x: 'a' }, extra: true },
      ],
    });
    const errors = flattenValidationErrors(validateSync(body, { whitelist: true, forbidNonWhitelisted: true }));
    expect(errors.map((e) => e.path).sort()).toEqual(
      ['items.1.emotion', 'items.1.extra', 'items.1.name', 'items.1.position.x'].sort(),
    );
    expect(errors.find((e) => e.path === 'items.1.extra')?.message).toBe('unknown property');
  });

  it('joins several messages for one path', () => {
    const errors = flattenValidationErrors(validateSync(plainToInstance(Item, { name: 5, emotion: 1, position: { x: 1 } })));
    expect(errors).toEqual([{ path: 'name', message: 'name must be shorter than or equal to 3 characters; name must be a string' }]);
  });

  it('prefixes paths', () => {
    const errors = flattenValidationErrors(validateSync(plainToInstance(Point, { x: 'no' })), 'ops.2.data');
    expect(errors).toEqual([{ path: 'ops.2.data.x', message: 'x must be an integer number' }]);
  });
});
