-- Starter occupation (工种) catalog for 2026: occupations commonly trained for migrant workers (农民工).
-- Codes follow the 中华人民共和国职业分类大典（2022年版） style D-DD-DD-DD. Levels list 5=五级/初级工 … 1=一级/高级技师.
-- shortage marks occupations commonly on 急需紧缺 lists, special_operation marks 特种作业/特种设备 work needing a certificate.

INSERT INTO catalog_version (year, name_zh, name_en, published) VALUES (2026, '2026年职业（工种）目录', '2026 occupation catalog', TRUE);

INSERT INTO occupation (catalog_year, code, name_zh, name_en, levels, shortage, special_operation) VALUES
-- construction
(2026, '6-29-01-01', '砌筑工', 'Bricklayer', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-01-03', '混凝土工', 'Concrete worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-01-04', '钢筋工', 'Steel fixer (rebar worker)', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-01-05', '架子工', 'Scaffolder', '5,4,3,2,1', FALSE, TRUE),
(2026, '6-29-01-06', '装配式建筑施工员', 'Prefabricated building construction worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-01-07', '乡村建设工匠', 'Rural construction craftsman', '5,4,3', FALSE, FALSE),
(2026, '6-29-02-08', '防水工', 'Waterproofing worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-03-01', '机械设备安装工', 'Mechanical equipment installer', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-03-02', '电气设备安装工', 'Electrical equipment installer', '5,4,3,2,1', FALSE, TRUE),
(2026, '6-29-03-03', '电梯安装维修工', 'Elevator installer and repairer', '5,4,3,2,1', FALSE, TRUE),
(2026, '6-29-03-04', '管工', 'Pipefitter', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-04-01', '装饰装修工', 'Building finisher (plastering, tiling, painting)', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-29-04-02', '建筑门窗幕墙安装工', 'Window, door and curtain wall installer', '5,4,3,2,1', FALSE, FALSE),
-- machine operation
(2026, '6-30-05-01', '起重装卸机械操作工', 'Crane and forklift operator', '5,4,3,2,1', FALSE, TRUE),
(2026, '6-30-05-02', '起重工', 'Rigger and signaller', '5,4,3,2,1', FALSE, TRUE),
(2026, '6-30-05-05', '挖掘铲运和桩工机械司机', 'Excavator, loader and piling machine operator', '5,4,3,2,1', FALSE, FALSE),
-- electrical and maintenance
(2026, '6-31-01-03', '电工', 'Electrician', '5,4,3,2,1', TRUE, TRUE),
(2026, '6-31-01-02', '机修钳工', 'Maintenance fitter', '5,4,3,2,1', FALSE, FALSE),
-- manufacturing
(2026, '6-18-01-01', '车工', 'Lathe operator (incl. CNC turning)', '5,4,3,2,1', TRUE, FALSE),
(2026, '6-18-01-02', '铣工', 'Milling machine operator', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-18-01-07', '多工序数控机床操作调整工', 'CNC machining centre operator', '5,4,3,2,1', TRUE, FALSE),
(2026, '6-18-02-01', '铸造工', 'Foundry worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-18-02-04', '焊工', 'Welder', '5,4,3,2,1', TRUE, TRUE),
(2026, '6-20-01-01', '装配钳工', 'Assembly fitter', '5,4,3,2,1', TRUE, FALSE),
(2026, '6-25-04-01', '电子设备装接工', 'Electronic equipment assembler', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-22-02-01', '汽车装调工', 'Automobile assembly and adjustment worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-06-04-00', '家具制作工', 'Furniture maker (woodworker)', '5,4,3,2,1', FALSE, FALSE),
-- textile and garment
(2026, '6-05-01-01', '服装制版师', 'Garment pattern maker', '5,4,3,2,1', FALSE, FALSE),
(2026, '6-05-01-03', '缝纫工', 'Sewing machine operator', '5,4,3', FALSE, FALSE),
-- repair services
(2026, '4-12-01-01', '汽车维修工', 'Automotive repair technician', '5,4,3,2,1', TRUE, FALSE),
(2026, '4-12-03-01', '家用电器产品维修工', 'Household appliance repairer', '5,4,3,2,1', FALSE, FALSE),
-- domestic, care and health support
(2026, '4-10-01-02', '育婴员', 'Infant care worker', '5,4,3', TRUE, FALSE),
(2026, '4-10-01-03', '保育师', 'Childcare worker', '5,4,3,2,1', TRUE, FALSE),
(2026, '4-10-01-05', '养老护理员', 'Elderly care worker', '5,4,3,2,1', TRUE, FALSE),
(2026, '4-10-01-06', '家政服务员', 'Domestic helper', '5,4,3,2,1', TRUE, FALSE),
(2026, '4-14-01-02', '医疗护理员', 'Medical care assistant', '5,4', FALSE, FALSE),
(2026, '4-14-02-02', '健康管理师', 'Health manager', '3,2,1', FALSE, FALSE),
(2026, '4-10-04-02', '保健按摩师', 'Health massage therapist', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-09-07-02', '保洁员', 'Cleaner', '5,4,3', FALSE, FALSE),
(2026, '4-07-05-01', '保安员', 'Security guard', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-07-05-04', '消防设施操作员', 'Fire protection system operator', '5,4,3,2,1', FALSE, FALSE),
-- hair and beauty
(2026, '4-10-03-01', '美容师', 'Beautician', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-10-03-02', '美发师', 'Hairdresser', '5,4,3,2,1', FALSE, FALSE),
-- cooking and catering
(2026, '4-03-02-01', '中式烹调师', 'Chinese cook', '5,4,3,2,1', TRUE, FALSE),
(2026, '4-03-02-02', '中式面点师', 'Chinese pastry cook', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-03-02-03', '西式烹调师', 'Western cook', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-03-02-04', '西式面点师', 'Western pastry cook', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-03-02-05', '餐厅服务员', 'Restaurant server', '5,4,3,2,1', FALSE, FALSE),
-- e-commerce, retail and logistics
(2026, '4-01-02-02', '电子商务师', 'E-commerce specialist', '5,4,3,2,1', TRUE, FALSE),
(2026, '4-01-02-03', '商品营业员', 'Retail sales assistant', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-01-02-07', '互联网营销师', 'Internet marketer (livestream sales)', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-02-07-08', '快递员', 'Courier', '5,4,3', FALSE, FALSE),
(2026, '4-02-07-09', '快件处理员', 'Parcel sorter', '5,4,3', FALSE, FALSE),
(2026, '4-02-07-10', '网约配送员', 'Platform delivery rider', '5,4,3', FALSE, FALSE),
(2026, '4-02-06-01', '仓储管理员', 'Warehouse keeper', '5,4,3,2,1', FALSE, FALSE),
(2026, '4-02-06-02', '理货员', 'Tally clerk', '5,4,3', FALSE, FALSE),
(2026, '4-02-05-01', '装卸搬运工', 'Loader and porter', '5,4,3', FALSE, FALSE),
-- driving
(2026, '4-02-02-01', '道路客运汽车驾驶员', 'Bus and coach driver', '5,4,3,2', FALSE, FALSE),
(2026, '4-02-02-02', '道路货运汽车驾驶员', 'Truck driver', '5,4,3,2', FALSE, FALSE),
-- agriculture
(2026, '5-01-02-01', '农艺工', 'Crop production worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-01-02-02', '园艺工', 'Horticultural worker (fruit, vegetables, flowers)', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-01-02-03', '食用菌生产工', 'Edible mushroom grower', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-03-02-01', '家畜饲养员', 'Livestock keeper', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-03-02-02', '家禽饲养员', 'Poultry keeper', '5,4,3', FALSE, FALSE),
(2026, '5-04-02-01', '水生动物饲养工', 'Aquaculture worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-05-02-01', '农作物植保员', 'Crop protection worker', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-05-05-01', '农机驾驶操作员', 'Agricultural machinery operator', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-05-05-02', '农机修理工', 'Agricultural machinery mechanic', '5,4,3,2,1', FALSE, FALSE),
(2026, '5-05-06-03', '茶叶加工工', 'Tea processing worker', '5,4,3,2,1', FALSE, FALSE);
